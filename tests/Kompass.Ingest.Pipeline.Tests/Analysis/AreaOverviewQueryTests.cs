using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Normalisation;
using Kompass.Ingest.Pipeline.Analysis;
using Kompass.Ingest.Pipeline.Review;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Pipeline.Tests.Analysis;

/// <summary>One area across municipalities, every figure worked out by hand.</summary>
public sealed class AreaOverviewQueryTests
{
    private static readonly MunicipalityLookup Lookup = new(MunicipalityDirectory.Parse(
        "code,name,county_code\n0114,Upplands Väsby,01\n0115,Vallentuna,01\n0117,Österåker,01\n0120,Värmdö,01\n",
        "code,name,short_name\n01,Stockholms län,Stockholm\n"));

    private static readonly EffectiveEvaluation[] Evaluations =
    [
        // 2016: area 3 scores 40, 50, 60, 90 → Q1 = 40 + 0.75·10 = 47.5, median 55, Q3 = 60 + 0.25·30 = 67.5.
        E("a", "0114", 2016, "2010", 40, 52), E("b", "0115", 2016, "2010", 50, 52), E("c", "0117", 2016, "2010", 60, 52), E("d", "0120", 2016, "2010", 90, 52),
        // 2018: Upplands Väsby +25, Vallentuna −5; Österåker moves to the 2020 revision (not compared).
        E("e", "0114", 2018, "2010", 65, 55), E("f", "0115", 2018, "2010", 45, 55), E("g", "0117", 2021, "2020", 70, 60),
        // A region is never ranked among municipalities.
        E("h", "01", 2018, "2010", 99, 55),
        // A copy of Värmdö 2016 with another score: merged, the first by hash stands.
        E("i", "0120", 2016, "2010", 10, 52),
    ];

    [Fact]
    public void Run_DistributionPerYear_HasHandComputedQuartiles()
    {
        var y2016 = Run(null, null).Years.Single(y => y.Year == 2016 && y.Kind == "kommun");

        Assert.Equal((4, 40m, 47.5m, 55m, 67.5m, 90m, 52m), (y2016.Count, y2016.Min, y2016.Q1, y2016.Median, y2016.Q3, y2016.Max, y2016.NationalMean));
    }

    [Fact]
    public void Run_Ranking_TakesEachMunicipalitysLatestEvaluationPerRevisionAndKind()
    {
        var ranking = Run(2016, 2018).Ranking;

        Assert.Equal(
            [("kommun", 1, "Värmdö", 90m), ("kommun", 2, "Upplands Väsby", 65m), ("kommun", 3, "Österåker", 60m), ("kommun", 4, "Vallentuna", 45m), ("region", 1, "Stockholms län", 99m)],
            ranking.Select(r => (r.Kind, r.Rank, r.Municipality, r.Score)));
    }

    [Fact]
    public void Run_MostImproved_ListsRisesWithinARevisionAndCountsThoseAcrossOne()
    {
        var overview = Run(null, null);

        var improvement = Assert.Single(overview.MostImproved);
        Assert.Equal(("Upplands Väsby", 2016, 2018, 25m), (improvement.Municipality, improvement.FromYear, improvement.ToYear, improvement.Change));
        Assert.Equal(1, overview.ComparisonsAcrossRevisionsLeftOut);
    }

    private static AreaOverview Run(int? from, int? to) => new AreaOverviewQuery(Lookup).Run(3, from, to, Evaluations);

    private static EffectiveEvaluation E(string sha, string code, int year, string framework, decimal score, decimal mean) => new(
        new EvaluationRow
        {
            Sha256 = sha,
            Type = code.Length == 2 ? DocumentType.Regionkompassen : DocumentType.KommunKompassenAnalysis,
            MunicipalityCode = code,
            Year = year,
            Framework = framework,
            Areas = [new EvaluationArea(3, "Politisk styrning", score, 4, mean)],
        },
        []);
}
