using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Validation;
using Kompass.Ingest.Pipeline.Tests.Fakes;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Pipeline.Tests;

/// <summary>
/// The end-of-run duplicate check reads only the stored scores, or takes those the run kept of what
/// it stored lately; the rule must find the same flags on either as on the full extractions.
/// </summary>
public sealed class DuplicateCheckReadTests : IDisposable
{
    private readonly LiteDbDocumentStore _store = Stores.InMemory();
    private readonly RecentScores _kept = new(capacity: 8);

    public void Dispose() => _store.Dispose();

    [Theory]
    [InlineData(null, null, null)]
    [InlineData(512.5, null, null)]
    [InlineData(null, 64.0, null)]
    [InlineData(null, null, 11.5)]
    public void DuplicateReportRule_OnTheStoredScores_FindsWhatItFindsOnTheFullExtractions(double? total, double? area3, double? question22)
    {
        var run = _store.StartRun(new RunStart("archive", FixedTime.Noon.GetUtcNow(), "test/1", "p/1"));
        Save("a", "2016/goteborg.pdf", run, Report());
        Save("b", "kopior/goteborg.pdf", run, Report((decimal?)total, (decimal?)area3, (decimal?)question22));
        Save("c", "kopior/goteborg-2.pdf", run, Report());

        var full = DuplicateReportRule.Find([.. Read((sha, version) => _store.Extraction(sha, version))]);
        var scores = DuplicateReportRule.Find([.. Read((sha, version) => _store.ExtractionScores(sha, version))]);
        var kept = DuplicateReportRule.Find([.. Read(_kept.Find)]);

        Assert.Equal(3, full.Count);
        Assert.Equal(Messages(full), Messages(scores));
        Assert.Equal(Messages(full), Messages(kept));
    }

    [Fact]
    public void RecentScores_KeepTheNewestUpToTheirCapacity_AndLeaveTheTextsOut()
    {
        var kept = new RecentScores(capacity: 2);
        kept.Add("a", "v1", Report());
        kept.Add("b", "v1", Report());
        kept.Add("c", "v1", Report(total: 480m));

        Assert.Null(kept.Find("a", "v1"));
        Assert.NotNull(kept.Find("b", "v1"));
        Assert.Null(kept.Find("c", "v2"));
        var c = kept.Find("c", "v1")!;
        Assert.Equal(480m, c.Total!.Value);
        Assert.Null(c.Title);
        Assert.All(c.Areas, a => Assert.Empty(a.Strengths));
        Assert.Equal(Report().Areas.Select(a => a.Score?.Value), c.Areas.Select(a => a.Score?.Value));
    }

    private IEnumerable<(string Sha256, string Path, ReportExtraction Extraction)> Read(Func<string, string, ReportExtraction?> read)
        => _store.Documents().Select(d => (d.Sha256, d.FirstPath, read(d.Sha256, d.ExtractorVersion)!));

    private static List<string> Messages(IReadOnlyDictionary<string, IReadOnlyList<Flag>> flags)
        => [.. flags.OrderBy(f => f.Key, StringComparer.Ordinal).SelectMany(f => f.Value.Select(flag => $"{f.Key} {flag.Severity} {flag.Message}"))];

    // Stored, and its scores kept as the writer keeps them.
    private void Save(string name, string path, int run, ReportExtraction extraction)
    {
        var sha256 = new string(name[0], 64);
        _store.Save(new DocumentWrite(sha256, path, run, extraction, 20, "test/1", "p/1", FixedTime.Noon.GetUtcNow()));
        _kept.Add(sha256, "test/1", extraction);
    }

    private static ReportExtraction Report(decimal? total = null, decimal? area3 = null, decimal? question22 = null) => new()
    {
        Type = DocumentType.KommunKompassenAnalysis,
        Title = Sourced.Of("KommunKompassen Göteborgs stad 2016", At(1)),
        Municipality = new Municipality("Göteborg", Code("1480"), MunicipalityKind.Kommun),
        Year = Sourced.Of(2016, At(1)),
        Total = Sourced.Of(total ?? 500m, At(4)),
        PageCount = 20,
        Areas = Enumerable.Range(1, 8).Select(n => new AreaExtraction
        {
            Number = n,
            SummaryScore = n == 5 ? null : Sourced.Of(n == 3 && area3 is { } a ? a : 50m, At(4)),
            SectionScore = Sourced.Of(50m, At(4 + (2 * n))),
            Strengths = [Sourced.Of("Tydlig information", At(5 + (2 * n)))],
            Questions =
            [
                new QuestionRow(Sourced.Of($"{n}.1", At(30)), Sourced.Of("Fråga ett", At(30)), Sourced.Of(10m, At(30)), Sourced.Of(15m, At(30)), null),
                new QuestionRow(Sourced.Of($"{n}.2", At(30)), Sourced.Of("Fråga två", At(30)), Sourced.Of(n == 2 && question22 is { } q ? q : 12m, At(30)), null, null),
            ],
        }).ToList(),
    };

    private static Provenance At(int page) => new(page, new BoundingBox(100, 500, 130, 512), "x", "test");

    private static MunicipalityCode Code(string code) => MunicipalityCode.TryParse(code, out var c) ? c : throw new ArgumentException(code);
}
