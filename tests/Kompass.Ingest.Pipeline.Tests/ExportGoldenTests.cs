using System.Runtime.CompilerServices;
using System.Text;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Export;
using Kompass.Ingest.Pipeline.Tests.Fakes;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Pipeline.Tests;

/// <summary>
/// The export contract's shape, pinned: a small store built here is exported and compared byte
/// for byte with <c>Golden/export-small.json</c>. After an intended change to the contract's
/// shape, run with KOMPASS_UPDATE_GOLDEN=1 to rewrite the file, and review its diff.
/// </summary>
public sealed class ExportGoldenTests : IDisposable
{
    private const string GoldenName = "export-small.json";
    private readonly LiteDbDocumentStore _store = Stores.InMemory();

    public ExportGoldenTests()
    {
        var run = _store.StartRun(new RunStart("archive", FixedTime.Noon.GetUtcNow(), "x/1", "p/1"));
        Save(run, new string('a', 64), "2017/helsingborg.pdf", Analysis());
        Save(run, new string('b', 64), "trasig/tom.pdf", ReportExtraction.Unreadable("empty file (0 bytes)"));
        Save(run, new string('c', 64), "policy/personalpolicy.pdf", new ReportExtraction
        {
            Type = DocumentType.RelatedDocument,
            Title = At("Personalpolicy för  Laholms kommun", 1),
            Municipality = new Municipality("Laholm", Code("1381"), MunicipalityKind.Kommun),
        });
        _store.RecordSeen(new string('c', 64), "kopior/personalpolicy.pdf", run);
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Export_SmallStore_MatchesTheGoldenFile()
    {
        var actual = Export();

        var goldenSource = Path.Combine(SourceFolder(), "Golden", GoldenName);
        if (Environment.GetEnvironmentVariable("KOMPASS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(goldenSource, actual);
        }

        Assert.Equal(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", GoldenName)), actual);
    }

    [SkippableFact]
    public void Export_SmallStore_PassesTheContractChecker()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kompass-golden-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Export());
        try
        {
            var (exitCode, output) = CheckExportScript.Run(path);

            Assert.True(exitCode == 0, output);
            Assert.Contains("3 documents, 0 problems", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void WriteFile_Csv_HasOneRowPerNumberOfTheSameDocuments()
    {
        var sut = new ExportRunner(_store, new ExportDocumentMapper(), new ExportWriter(FixedTime.Noon));
        var path = Path.Combine(Path.GetTempPath(), $"kompass-golden-{Guid.NewGuid():N}.csv");
        try
        {
            var count = sut.WriteFile(path, ExportFormat.Csv, CancellationToken.None);

            var rows = File.ReadAllLines(path, Encoding.UTF8).Skip(1).ToList();
            Assert.Equal(3, count);
            Assert.Equal(
                ["total", "nationalMeanTotal", "score", "nationalMean", "score", "max", "percent", "max", "score"],
                rows.Select(r => r.Split(',')[^3]));
            Assert.All(rows, r => Assert.StartsWith(new string('a', 64) + ",2017/helsingborg.pdf,", r, StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private string Export()
    {
        var sut = new ExportRunner(_store, new ExportDocumentMapper(), new ExportWriter(FixedTime.Noon));
        using var stream = new MemoryStream();
        sut.Write(stream, CancellationToken.None);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private void Save(int run, string sha, string path, ReportExtraction extraction)
        => _store.Save(new DocumentWrite(sha, path, run, extraction, 3, "x/1", "p/1", FixedTime.Noon.GetUtcNow()));

    private static ReportExtraction Analysis() => new()
    {
        Type = DocumentType.KommunKompassenAnalysis,
        Title = At("KommunKompassen HELSINGBORGS STAD\n2017 ANALYS AV", 1),
        Framework = FrameworkRevision.Rev2010,
        Municipality = new Municipality("Helsingborg", Code("1283"), MunicipalityKind.Kommun),
        Year = At(2017, 1),
        Month = At(10, 3),
        ReportDate = At(new DateOnly(2017, 12, 1), 2),
        Evaluators = [At("Lars Strid", 1), At("Anna  Marnell", 1)],
        EvaluationRound = At(2, 3),
        Total = At(512.5m, 5),
        NationalMeanTotal = At(430m, 5),
        Areas =
        [
            new AreaExtraction { Number = 2, Name = At("Tillgänglighet och brukarorientering", 9), SectionScore = At(55m, 9) },
            new AreaExtraction
            {
                Number = 1,
                Name = At("Offentlighet och demokrati", 6),
                SummaryScore = At(62m, 5),
                NationalMean = At(51.5m, 5),
                SectionScore = At(61m, 6),
                Subheadings = [At("Information", 6)],
                Strengths = [At("Tydlig information\npå webben.", 7)],
                Improvements = [At("Medborgardialog", 7)],
                Questions =
                [
                    new QuestionRow(At("1.1", 30), At("Hur informerar\n kommunen?", 30), At(10.5m, 30), At(15m, 30), At(70m, 30)),
                    new QuestionRow(At("1.2", 31), At("Dialog", 31), null, At(20m, 31), null),
                ],
            },
        ],
        PageCount = 3,
    };

    private static Sourced<T> At<T>(T value, int page) => Sourced.Of(value, new Provenance(page, new BoundingBox(1, 2, 3, 4), $"{value}", "test/1"));

    private static MunicipalityCode Code(string text) => MunicipalityCode.TryParse(text, out var code) ? code : throw new ArgumentException(text);

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
