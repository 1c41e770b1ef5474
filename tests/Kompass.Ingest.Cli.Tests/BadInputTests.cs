using System.Runtime.Versioning;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kompass.Ingest.Layout.Tests;
using Kompass.Ingest.Pipeline.Tests.Fakes;
using Kompass.Ingest.Storage;
using Xunit.Abstractions;

namespace Kompass.Ingest.Cli.Tests;

/// <summary>
/// The bad-input suite, end to end: each bad file is put into an archive beside a good sample
/// report that an earlier ingest stored, and <c>kompass ingest</c> runs over it as a process. The
/// run exits 0, prints no stack trace, names the bad file on one summary line with a reason a
/// person can act on (and on at most one progress line), and leaves the stored report exactly as
/// it was. Files deleted or replaced while the run reads them are covered in
/// Pipeline.Tests/IngestRunnerFileRaceTests (a race needs the runner's seams, not a process).
/// </summary>
public sealed class BadInputTests : IDisposable
{
    // Generous: a normal ingest of one report peaks near 200 MB; a bomb that got through would
    // take gigabytes. A bound on memory, not a timing.
    private const long PeakMemoryBound = 1L << 30;

    private const string Actionable = "copy it again from where it came from";

    private static readonly string NoTextLayer = Regex.Escape("no text layer: the pages are images or blank; OCR is not available yet");

    private static readonly string EncryptDictionary =
        $"<< /Filter /Standard /V 1 /R 2 /O <{new string('A', 64)}> /U <{new string('B', 64)}> /P -4 >>";

    private readonly string _folder = Directory.CreateTempSubdirectory("kompass-bad-").FullName;

    private readonly ITestOutputHelper _output;

    public BadInputTests(ITestOutputHelper output)
    {
        _output = output;
        Directory.CreateDirectory(Archive);
    }

    private string Archive => Path.Combine(_folder, "archive");

    private string Db => Path.Combine(_folder, "kompass.db");

    public void Dispose() => RawFileName.DeleteTree(_folder);

    /// <summary>A bad input: how to put it into the archive (returns the path ingest prints), and what the line about it says.</summary>
    private sealed record Case(Func<BadInputTests, string> Put, string Reason, bool Stored = false, bool MeasureMemory = false);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["zero-byte"] = new(t => t.Put("tom.pdf", []), Regex.Escape($"the file is empty (0 bytes): {Actionable}")),
        ["truncated"] = new(t => t.Put("avbruten.pdf", t.GoodBytes()[..(t.GoodBytes().Length / 3)]), @"damaged PDF: the file looks cut short \(no %%EOF marker at the end\); .+"),
        ["not a PDF"] = new(
            t => t.Put("webbsida.pdf", "<!DOCTYPE html>\n<html lang=\"sv\"><body>Sidan finns inte</body></html>"u8.ToArray()),
            Regex.Escape("not a PDF: the file starts with '<!DOCTYPE html' — an HTML page saved with a .pdf name?")),
        ["password-encrypted"] = new(t => t.Put("hemlig.pdf", Encrypted()), Regex.Escape("password-protected: the PDF needs a password to open; save an unprotected copy")),
        ["corrupted cross-reference table"] = new(t => t.Put("korsreferens.pdf", WrongStartXref()), "damaged cross-reference table: .+; PdfPig rebuilt it by scanning the file", Stored: true),
        ["image-only"] = new(t => t.Put("skannad.pdf", ImageOnly()), NoTextLayer),
        ["blank pages"] = new(t => t.Put("blank.pdf", TinyPdfs.Pages(3, blank: true)), NoTextLayer),
        ["1,000 pages"] = new(t => t.Put("bilagor.pdf", TinyPdfs.Pages(1_000)), string.Empty, Stored: true, MeasureMemory: true),
        ["self-referencing object graph"] = new(
            t => t.Put("slinga.pdf", BombPdf.ReferenceChain(2, loop: true)),
            Regex.Escape("damaged PDF: object 6 leads back to itself through a loop of 2 references; the file is damaged or built to crash readers; get an intact copy from its source")),
        ["deeply nested page tree"] = new(
            t => t.Put("djup.pdf", BombPdf.DeepPageTree(100_000)),
            @"damaged PDF: a chain of more than 256 /Parent links \(from object \d+\), more than kompass follows; the file is damaged or built to crash readers; get an intact copy from its source"),
        // The reader survives these traps and reads the one page; its one word ("Hej") is then
        // too little text for the classifier, which refuses it as it would any near-empty page.
        ["page tree claiming a billion pages"] = new(t => t.Put("miljard.pdf", BombPdf.LyingPageCount(1_000_000_000)), NoTextLayer, MeasureMemory: true),
        ["enormous page count"] = new(
            t => t.Put("sidbomb.pdf", BombPdf.ManyPages(20_000)),
            Regex.Escape("too large to read safely: 20000 pages, more than the 5000 kompass reads; a report has a few hundred at most — check that this is the right file, or split it"),
            MeasureMemory: true),
        ["stream that unpacks to gigabytes"] = new(
            t => t.Put("zipbomb.pdf", BombPdf.InflatingContent(megabytes: 2048)),
            Regex.Escape("too large to read safely: a compressed stream (object 5) unpacks to more than 256 MB, a \"PDF bomb\"; no report needs that — get the file again from its source"),
            MeasureMemory: true),
        ["huge object stream"] = new(t => t.Put("objektstrom.pdf", BombPdf.HugeObjectStream()), NoTextLayer),
        ["symlink loop"] = new(t => t.Link("mapp/loop", t.Archive), Regex.Escape("symbolic link into '.', which is scanned already; not followed")),
        ["symlinks pointing at each other"] = new(t => t.LinkPair(), Regex.Escape("symbolic link that leads round in a loop (it points to '") + ".*/b\\.pdf" + Regex.Escape("'); not followed: remove the link or point it at the file")),
        ["name with å, ä, ö and spaces"] = new(t => t.Put("Årsrapport för Ängelholm 2016.pdf", TinyPdfs.WithLines("Arsrapport for Angelholms kommun", "Antagen 2016")), string.Empty, Stored: true),
        ["name with invalid UTF-8 bytes"] = new(
            t => RawFileName.Write(t.Archive, [.. "rapport-"u8, 0xE5, .. "r 2016.pdf"u8], t.GoodBytes()),
            Regex.Escape("the name is not valid UTF-8 (shown as 'rapport-?r 2016.pdf', ? for the bytes that are not); kompass cannot open it: rename it")),
    };

    public static TheoryData<string> CaseNames() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Ingest_BadFileBesideAStoredReport_NamesItOnceAndKeepsTheReport(string name)
    {
        var @case = Cases[name];
        var good = StoreGoodReport();
        var before = Snapshot(good);
        var path = @case.Put(this);

        var (result, peak) = @case.MeasureMemory
            ? KompassProcess.RunMeasuringMemory("ingest", Archive, "--db", Db)
            : (KompassProcess.Run("ingest", Archive, "--db", Db), 0);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.DoesNotMatch(new Regex(@"^\s+at \S+\(|Exception:|internal error", RegexOptions.Multiline), result.Output + result.Error);
        Assert.Equal(before, Snapshot(good));
        // The lines about the file: those that start with its path (another file's line may
        // mention it, e.g. a link pointing at it).
        var about = new Regex($@"^(\[\s*\d+/\d+\] \S+( path)?\s+|  ){Regex.Escape(path)}(:|$)");
        var summaryLines = Lines(result.Output).Where(l => about.IsMatch(l)).ToList();
        var progressLines = Lines(result.Error).Where(l => about.IsMatch(l)).ToList();
        Assert.True(progressLines.Count <= 1, result.ToString());
        if (@case.Stored)
        {
            Assert.True(summaryLines.Count == 0, result.ToString());
            Assert.Matches($@"^\[\s*\d+/\d+\] added\s+{Regex.Escape(path)}$", Assert.Single(progressLines));
            AssertStoredReadable(path, @case.Reason);
        }
        else
        {
            Assert.True(summaryLines.Count == 1, $"expected one summary line naming {path}\n{result}");
            Assert.Matches($"^  {Regex.Escape(path)}: {@case.Reason}$", summaryLines[0]);
        }

        if (@case.MeasureMemory)
        {
            _output.WriteLine($"{name}: peak resident memory {peak >> 20} MB");
            Assert.True(peak is > 0 and < PeakMemoryBound, $"peak memory {peak >> 20} MB\n{result}");
        }
    }

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public void Ingest_FileWithoutReadPermission_NamesItOnceAndKeepsTheReport()
    {
        var good = StoreGoodReport();
        var before = Snapshot(good);
        var locked = Path.Combine(Archive, "last.pdf");
        File.WriteAllBytes(locked, GoodBytes()[..100]);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        Skip.If(CanRead(locked), "the tests run as root (or with CAP_DAC_OVERRIDE): no permission bit keeps a file from being read; IngestRunnerFileRaceTests covers the refusal");

        var result = KompassProcess.Run("ingest", Archive, "--db", Db);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Equal(before, Snapshot(good));
        Assert.Matches(new Regex(@"^  last\.pdf: cannot read the file: Access to the path '.*last\.pdf' is denied\.$", RegexOptions.Multiline), result.Output);
    }

    private string Put(string relative, byte[] bytes)
    {
        var full = Path.Combine(Archive, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return relative;
    }

    private string Link(string relative, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(Archive, relative))!);
        Directory.CreateSymbolicLink(Path.Combine(Archive, relative), target);
        return relative + "/";
    }

    private string LinkPair()
    {
        File.CreateSymbolicLink(Path.Combine(Archive, "a.pdf"), Path.Combine(Archive, "b.pdf"));
        File.CreateSymbolicLink(Path.Combine(Archive, "b.pdf"), Path.Combine(Archive, "a.pdf"));
        return "a.pdf";
    }

    private static string GoodSource()
        => Directory.EnumerateFiles(Path.Combine(Repository.Root(), "corpus", "archive"), "*.pdf", SearchOption.AllDirectories)
            .Where(f => new FileInfo(f).Length > 50_000)
            .Order(StringComparer.Ordinal)
            .First();

    private byte[] GoodBytes() => File.ReadAllBytes(GoodSource());

    // Stores one sample report by a first ingest; returns its hash.
    private string StoreGoodReport()
    {
        var source = GoodSource();
        File.Copy(source, Path.Combine(Archive, Path.GetFileName(source)));
        var first = KompassProcess.Run("ingest", Archive, "--db", Db);
        Assert.True(first.ExitCode == ExitCodes.Success, first.ToString());
        using var store = OpenStore();
        return Assert.Single(store.Documents()).Sha256;
    }

    // Everything stored about the document that a later ingest must not change (LastSeenRun may: it is when it was last found).
    private string Snapshot(string sha256)
    {
        using var store = OpenStore();
        var document = store.Find(sha256)!;
        return JsonSerializer.Serialize(new
        {
            document.Sha256,
            document.Paths,
            document.FirstSeenRun,
            document.Type,
            document.ExtractorVersion,
            document.PipelineVersion,
            document.PageCount,
            document.StoredAt,
            Extraction = store.Extraction(sha256, document.ExtractorVersion),
            Flags = store.Flags(sha256),
        });
    }

    private void AssertStoredReadable(string path, string warning)
    {
        using var store = OpenStore();
        var document = Assert.Single(store.Documents(), d => d.Paths.Contains(path));
        Assert.NotEqual(Domain.Reports.DocumentType.Unreadable, document.Type);
        if (warning.Length > 0)
        {
            Assert.Contains(store.Extraction(document.Sha256, document.ExtractorVersion)!.Warnings, w => Regex.IsMatch(w, warning));
        }
    }

    private LiteDbDocumentStore OpenStore() => LiteDbDocumentStore.Open(Db, StoreBsonMapper.Create(), StoreAccess.ReadOnly);

    private static string[] Lines(string text) => text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    private static bool CanRead(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static byte[] Encrypted()
    {
        var objects = HandWrittenPdf.TextPages(["BT /F1 12 Tf 50 700 Td (Hemlig) Tj ET"]);
        objects.Add(EncryptDictionary);
        return HandWrittenPdf.Build(objects, $"/Encrypt {objects.Count} 0 R /ID [<0123456789ABCDEF0123456789ABCDEF><0123456789ABCDEF0123456789ABCDEF>]");
    }

    private static byte[] ImageOnly()
        => HandWrittenPdf.Build(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
            HandWrittenPdf.Stream("q 500 0 0 700 50 50 cm /Im1 Do Q"),
            "<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\u0080\nendstream",
        ]);

    // A readable one-page PDF whose startxref points into the middle of the file.
    private static byte[] WrongStartXref()
    {
        var text = Encoding.Latin1.GetString(TinyPdfs.WithLines("Trasig korsreferens", "Sammantrade 2016"));
        return Encoding.Latin1.GetBytes(Regex.Replace(text, @"startxref(\s+)\d+", "startxref${1}17"));
    }
}
