using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kompass.Ingest.Corpus.Pdf;
using Kompass.Ingest.Export;
using Kompass.Ingest.Export.Contract;
using PdfSharp.Drawing;

namespace Kompass.Ingest.Corpus.Scanning;

/// <summary>
/// Writes scanned copies of sample reports with their truth: for each layout family asked for, the
/// first reports of the source archive (by path) whose truth expects no flag (one by default) are rendered page by
/// page, given a scanned look (<see cref="ScanEffects"/>) and saved as a PDF of page images without
/// any text layer, under <c>OUT/archive/Skannade/</c>. Its truth is the source's with the new hash and
/// path, <c>ocr: true</c> and the <c>low-text-quality</c> flag that every OCR'd document carries.
/// Deterministic: the same sources and seed give the same bytes (with the same pdftoppm).
/// </summary>
public static class ScannedArchiveWriter
{
    /// <summary>The folder of the scanned copies inside the archive.</summary>
    public const string Folder = "Skannade";

    /// <summary>The resolutions the copies are scanned at, one per copy in turn (dots per inch).</summary>
    public static IReadOnlyList<int> Resolutions { get; } = [200, 150, 250];

    /// <summary>The largest turn of a page either way, in degrees.</summary>
    public const double MaxDegrees = 0.8;

    /// <summary>
    /// Writes the copies of <paramref name="families"/>' reports from <paramref name="sourceArchive"/>
    /// (truth in <paramref name="sourceTruth"/>) into <paramref name="output"/>, the first
    /// <paramref name="perFamily"/> of each family (default 1); returns the paths written. Copies take
    /// the resolutions in turn across all of them, so several of one family are scanned at different dpi.
    /// </summary>
    public static IReadOnlyList<string> Write(string sourceArchive, string sourceTruth, string output, IReadOnlyList<string> families, int seed, int perFamily = 1)
    {
        ArgumentNullException.ThrowIfNull(families);
        ArgumentOutOfRangeException.ThrowIfLessThan(perFamily, 1);
        var truths = Directory.EnumerateFiles(sourceTruth, "*.json", SearchOption.AllDirectories)
            .Select(f => ContractJson.ReadTruth(File.ReadAllText(f)))
            .OrderBy(t => t.Path, StringComparer.Ordinal)
            .ToList();
        var copies = new List<(TruthDocument Source, int Index)>();
        for (var f = 0; f < families.Count; f++)
        {
            var sources = truths.Where(t => t.Family == families[f] && t.ExpectedFlags.Count == 0).Take(perFamily).ToList();
            if (sources.Count == 0)
            {
                throw new InvalidOperationException($"no report of family '{families[f]}' without expected flags in {sourceTruth}");
            }

            // With one copy a family, copy i is family i: the same dpi and seed as before the option.
            copies.AddRange(sources.Select((source, j) => (source, (f * perFamily) + j)));
        }

        var paths = CopyPaths(copies.Select(c => (c.Source.Path, Resolutions[c.Index % Resolutions.Count])).ToList());
        for (var k = 0; k < copies.Count; k++)
        {
            WriteCopy(sourceArchive, output, copies[k].Source, copies[k].Index, seed, paths[k]);
        }

        return paths;
    }

    /// <summary>
    /// The archive paths of copies of <paramref name="copies"/> (source path, dpi):
    /// <c>Skannade/NAME (skannad DPI dpi).pdf</c>, NAME the source's file name; where two copies
    /// would get one name (reports of one file name in different folders), each of those keeps its
    /// source folder, <c>Skannade/FOLDER/NAME …</c>, so that neither overwrites the other.
    /// </summary>
    public static IReadOnlyList<string> CopyPaths(IReadOnlyList<(string SourcePath, int Dpi)> copies)
    {
        ArgumentNullException.ThrowIfNull(copies);
        var names = copies.Select(c => $"{Path.GetFileNameWithoutExtension(c.SourcePath)} (skannad {c.Dpi.ToString(CultureInfo.InvariantCulture)} dpi).pdf").ToList();
        return names.Select((name, k) => names.Count(n => n == name) == 1
                ? $"{Folder}/{name}"
                : $"{Folder}/{Path.GetDirectoryName(copies[k].SourcePath)!.Replace('\\', '/')}/{name}")
            .ToList();
    }

    private static void WriteCopy(string sourceArchive, string output, TruthDocument source, int i, int seed, string path)
    {
        var dpi = Resolutions[i % Resolutions.Count];
        var random = new Random(seed + i);
        var pdf = Scan(Path.Combine(sourceArchive, source.Path), dpi, random);
        var truth = source with
        {
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf)),
            Path = path,
            Family = "scanned-" + source.Family,
            Ocr = true,
            ExpectedFlags = [new ExpectedFlag("low-text-quality", null, null)],
        };
        WriteFile(Path.Combine(output, "archive", path), pdf);
        WriteFile(Path.Combine(output, "truth", path + ".json"), Encoding.UTF8.GetBytes(ContractJson.Serialize(truth) + "\n"));
    }

    private static byte[] Scan(string pdfPath, int dpi, Random random)
    {
        var pages = PageImageReader.Render(pdfPath, dpi);
        var (width, height) = (pages[0].Width * 72.0 / dpi, pages[0].Height * 72.0 / dpi);
        using var canvas = new PdfCanvas(width, height);
        foreach (var page in pages)
        {
            var scanned = ScanEffects.Apply(page, random, MaxDegrees);
            canvas.NewPage();
            using var image = XImage.FromStream(new MemoryStream(PngEncoder.Encode(scanned)));
            canvas.Graphics.DrawImage(image, 0, 0, canvas.PageWidth, canvas.PageHeight);
        }

        return canvas.Save();
    }

    private static void WriteFile(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }
}
