using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Domain.Review;
using Kompass.Ingest.Extraction.Normalisation;
using Kompass.Ingest.Extraction.Validation;
using Kompass.Ingest.Pipeline.Analysis;
using Kompass.Ingest.Pipeline.Review;
using Kompass.Ingest.Pipeline.Tests.Fakes;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Pipeline.Tests.Analysis;

/// <summary>
/// One municipality's trend on a small store built here, every expected number worked out by
/// hand: Kungälv evaluated in 2012 and 2016 (2010 revision; 2016 also as a feedback summary and a
/// copy) and in 2021 (2020 revision), plus another municipality that must not leak in.
/// </summary>
public sealed class MunicipalityTrendQueryTests : IDisposable
{
    private static readonly MunicipalityDirectory Directory = MunicipalityDirectory.Parse(
        "code,name,county_code\n1482,Kungälv,14\n1480,Göteborg,14\n",
        "code,name,short_name\n14,Västra Götalands län,Västra Götaland\n");

    private static readonly FrameworkCrosswalk Crosswalk = new(
        "never subtract across revisions",
        "test",
        [new CrosswalkEntry(FrameworkRevision.Rev2020, 1, "Medborgare", [new CrosswalkLink(1, CrosswalkKind.Renamed, true, false, "same topic")])]);

    private static readonly TrendMunicipality Kungalv = new("Kungälv", "1482");

    private readonly LiteDbDocumentStore _store = Stores.InMemory();
    private readonly DocumentValidator _validator = new([], Directory);
    private int _run;

    public MunicipalityTrendQueryTests()
    {
        _run = _store.StartRun(new RunStart("/archive", FixedTime.Noon.GetUtcNow(), "test/1", "p/1"));
        Save("a2012", Report("1482", 2012, FrameworkRevision.Rev2010, [50, 60, 70, 40, 55, 65, 45, 35], national: 50));
        Save("b2016", Report("1482", 2016, FrameworkRevision.Rev2010, [54, 58, 70, 48, 60, 65, 40, 45], national: 52));
        Save("c2016feedback", Report("1482", 2016, FrameworkRevision.Rev2010, [99, 99, 99, 99, 99, 99, 99, 99], national: 52) with { Type = DocumentType.KommunKompassenFeedback });
        Save("d2016copy", Report("1482", 2016, FrameworkRevision.Rev2010, [54, 58, 70, 48, 60, 65, 40, 45], national: 52));
        Save("e2021", Report("1482", 2021, FrameworkRevision.Rev2020, [70, 60, 50, 40, 30, 20, 10, 20], national: 45));
        Save("f2016goteborg", Report("1480", 2016, FrameworkRevision.Rev2010, [10, 10, 10, 10, 10, 10, 10, 10], national: 52));
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Run_MergesDuplicatesAndKeepsTimeOrder()
    {
        var trend = Trend();

        Assert.Equal([2012, 2016, 2021], trend.Evaluations.Select(e => e.Year));
        var y2016 = trend.Evaluations[1];
        Assert.Equal(Sha("b2016"), y2016.DocumentSha);
        Assert.Equal([Sha("c2016feedback"), Sha("d2016copy")], y2016.AlsoIn.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(trend.Evaluations, e => e.DocumentSha == Sha("f2016goteborg"));
    }

    [Fact]
    public void Run_ChangeIsTheDifferenceFromThePreviousEvaluationUnderTheSameRevision()
    {
        var trend = Trend();

        // 2016 − 2012, area by area: 54−50, 58−60, 70−70, 48−40, 60−55, 65−65, 40−45, 45−35.
        Assert.Equal([4m, -2m, 0m, 8m, 5m, 0m, -5m, 10m], trend.Evaluations[1].Areas.Select(a => a.Change));
        Assert.Equal(440m - 420m, trend.Evaluations[1].TotalChange);
        Assert.All(trend.Evaluations[0].Areas, a => Assert.Null(a.Change));
    }

    [Fact]
    public void Run_ARevisionChange_IsMarkedWithTheCrosswalkAndNeverSubtracted()
    {
        var trend = Trend();

        Assert.All(trend.Evaluations[2].Areas, a => Assert.Null(a.Change));
        Assert.Null(trend.Evaluations[2].TotalChange);
        var change = Assert.Single(trend.RevisionChanges);
        Assert.Equal((2016, 2021, "2010", "2020"), (change.FromYear, change.ToYear, change.From, change.To));
        Assert.Equal("never subtract across revisions", change.Warning);
        var link = Assert.Single(Assert.Single(change.Crosswalk).To2010);
        Assert.Equal((1, "renamed", true), (link.Area, link.Kind, link.Approximate));
    }

    [Fact]
    public void Run_AppliesCorrectionsAndShowsOpenFlagsBesideTheirNumbers()
    {
        // 2012 area 2: summary 60, section 66 → summary-section-mismatch on area 2.
        _store.Save(Write("a2012", Report("1482", 2012, FrameworkRevision.Rev2010, [50, 60, 70, 40, 55, 65, 45, 35], national: 50, section2: 66)));
        Assert.Equal(FlagCodes.SummarySectionMismatch, Assert.Single(Trend().Evaluations[0].Areas[1].Flags).Code);

        _store.AddCorrection(new Correction
        {
            Sha256 = Sha("a2012"), Field = "areas[2].score", OldValue = "60", NewValue = "66", Reviewer = "Eva", At = FixedTime.Noon.GetUtcNow(), Reason = "misread",
        });

        var trend = Trend();
        Assert.Equal(66m, trend.Evaluations[0].Areas[1].Score);
        Assert.Empty(trend.Evaluations[0].Areas[1].Flags);
        Assert.Equal(58m - 66m, trend.Evaluations[1].Areas[1].Change);
        // The printed total stays 420; the corrected areas now add up to 426, which the rules flag.
        Assert.Equal(420m, trend.Evaluations[0].Total);
        Assert.Equal(FlagCodes.TotalMismatch, Assert.Single(trend.Evaluations[0].Flags).Code);
    }

    [Fact]
    public void Json_HasTheDocumentedShape()
    {
        var json = System.Text.Json.JsonDocument.Parse(TrendJson.Serialize(Trend())).RootElement;

        Assert.Equal("1482", json.GetProperty("municipality").GetProperty("code").GetString());
        var evaluation = json.GetProperty("evaluations")[1];
        foreach (var name in new[] { "year", "month", "frameworkVersion", "documentType", "total", "nationalMeanTotal", "areas", "documentSha" })
        {
            Assert.True(evaluation.TryGetProperty(name, out _), name);
        }

        var area = evaluation.GetProperty("areas")[0];
        Assert.Equal((1, 54m, 52m, 4m), (area.GetProperty("number").GetInt32(), area.GetProperty("score").GetDecimal(), area.GetProperty("nationalMean").GetDecimal(), area.GetProperty("change").GetDecimal()));
        Assert.True(area.TryGetProperty("name", out _));
        Assert.Equal("2020", json.GetProperty("revisionChanges")[0].GetProperty("to").GetString());
    }

    private MunicipalityTrend Trend()
        => new MunicipalityTrendQuery(Crosswalk).Run(Kungalv, new EvaluationSource(_store, new FlagReview(_validator)).Load(Kungalv.Code));

    private void Save(string name, ReportExtraction extraction) => _store.Save(Write(name, extraction));

    private DocumentWrite Write(string name, ReportExtraction extraction)
        => new(Sha(name), name + ".pdf", _run, extraction, 20, "test/1", "p/1", FixedTime.Noon.GetUtcNow()) { Flags = _validator.Validate(extraction) };

    // A readable stand-in for a hash: the name, padded with zeros to 64 characters.
    private static string Sha(string name) => name.PadRight(64, '0');

    private static ReportExtraction Report(string code, int year, FrameworkRevision revision, decimal[] scores, decimal national, decimal? section2 = null) => new()
    {
        Type = DocumentType.KommunKompassenAnalysis,
        Municipality = new Municipality(code == "1482" ? "Kungälv" : "Göteborg", MunicipalityCode.TryParse(code, out var c) ? c : null, MunicipalityKind.Kommun),
        MunicipalityAsPrinted = Sourced.Of(code, At(1)),
        Year = Sourced.Of(year, At(1)),
        Framework = revision,
        Total = Sourced.Of(scores.Sum(), At(3)),
        NationalMeanTotal = Sourced.Of(national * 8, At(3)),
        Areas = scores.Select((score, i) => new AreaExtraction
        {
            Number = i + 1,
            SummaryScore = Sourced.Of(score, At(3)),
            NationalMean = Sourced.Of(national, At(3)),
            SectionScore = i == 1 && section2 is { } s ? Sourced.Of(s, At(6)) : null,
        }).ToList(),
    };

    private static Provenance At(int page) => new(page, null, "x", "test");
}
