using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Domain.Review;
using Kompass.Ingest.Extraction.Normalisation;
using Kompass.Ingest.Pipeline.Review;
using Kompass.Ingest.Pipeline.Search;
using Kompass.Ingest.Pipeline.Tests.Fakes;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Pipeline.Tests.Search;

/// <summary>Full-text search over a small store built here; every expected hit and count by hand.</summary>
public sealed class FindingSearchTests : IDisposable
{
    private static readonly MunicipalityLookup Lookup = new(MunicipalityDirectory.Parse(
        "code,name,county_code\n1482,Kungälv,14\n1480,Göteborg,14\n1283,Helsingborg,12\n",
        "code,name,short_name\n14,Västra Götalands län,Västra Götaland\n12,Skåne län,Skåne\n"));

    private readonly LiteDbDocumentStore _store = Stores.InMemory();

    public FindingSearchTests()
    {
        var run = _store.StartRun(new RunStart("/archive", FixedTime.Noon.GetUtcNow(), "test/1", "p/1"));
        Save(run, "k2016", "1482", 2016, area: 1, strengths: ["Medborgardialogen är systematisk"], improvements: ["Utveckla synpunktshanteringen"]);
        Save(run, "k2016copy", "1482", 2016, area: 1, strengths: ["Medborgardialogen är systematisk"], improvements: []);
        Save(run, "g2016", "1480", 2016, area: 2, strengths: ["Tydliga mål"], improvements: ["Fler MEDBORGARDIALOGER behövs"]);
        Save(run, "h2018", "1283", 2018, area: 1, strengths: ["Öppen dialog med medborgarna"], improvements: ["Följ upp synpunkter"]);
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Run_MatchesWordFormsAndCaseButNotOtherWords()
    {
        var result = Search("medborgardialog");

        // k2016, its copy and g2016; "dialog med medborgarna" is other words.
        Assert.Equal(["g2016", "k2016", "k2016copy"], result.Hits.Select(h => h.DocumentSha.TrimEnd('0')).Order(StringComparer.Ordinal));
        Assert.Equal(["medborgardialog"], result.Terms);
    }

    [Fact]
    public void Run_ACompoundThatBeginsWithTheWord_Matches()
    {
        var hits = Search("synpunkter").Hits;

        Assert.Equal(["Följ upp synpunkter", "Utveckla synpunktshanteringen"], hits.Select(h => h.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Run_PerYear_CountsEachEvaluationOnceAgainstTheEvaluationsOfThatYear()
    {
        var y2016 = Assert.Single(Search("medborgardialog").PerYear);

        // Three items in 2016 from two evaluations (Kungälv twice, Göteborg); two evaluations that year.
        Assert.Equal((2016, 3, 2, 2, 1m), (y2016.Year, y2016.Hits, y2016.Evaluations, y2016.EvaluatedThatYear, y2016.Share));
    }

    [Fact]
    public void Run_Filters_ByAreaKindMunicipalityAndYear()
    {
        Assert.Equal(["g2016"], Search("medborgardialog", q => q with { Area = 2 }).Hits.Select(h => h.DocumentSha.TrimEnd('0')));
        Assert.Equal(["g2016"], Search("medborgardialog", q => q with { Kind = FindingRow.ImprovementKind }).Hits.Select(h => h.DocumentSha.TrimEnd('0')));
        Assert.Empty(Search("medborgardialog", q => q with { FromYear = 2017 }).Hits);
        Assert.Single(Search("synpunkter", q => q with { MunicipalityCode = "1283" }).Hits);
    }

    [Fact]
    public void Run_SearchesACorrectedItemInItsCorrectedForm()
    {
        _store.AddCorrection(new Correction
        {
            Sha256 = Sha("h2018"), Field = "areas[1].strengths[1]", OldValue = "Öppen dialog med medborgarna", NewValue = "Medborgardialog i alla nämnder",
            Reviewer = "Eva", At = FixedTime.Noon.GetUtcNow(), Reason = "misread",
        });

        var hit = Assert.Single(Search("medborgardialog", q => q with { FromYear = 2018 }).Hits);

        Assert.Equal(("Medborgardialog i alla nämnder", "areas[1].strengths[1]"), (hit.Text, hit.Field));
    }

    [Fact]
    public void Run_OnlyStopWords_IsAOneLineError()
        => Assert.Contains("no word to search for", Assert.Throws<UserActionableException>(() => Search("och att")).Message, StringComparison.Ordinal);

    private SearchResult Search(string text, Func<SearchQuery, SearchQuery>? refine = null)
        => new FindingSearch(_store, Lookup).Run((refine ?? (q => q))(new SearchQuery(text)));

    private void Save(int run, string name, string code, int year, int area, string[] strengths, string[] improvements)
    {
        var extraction = new ReportExtraction
        {
            Type = DocumentType.KommunKompassenAnalysis,
            Municipality = new Municipality(code, MunicipalityCode.TryParse(code, out var c) ? c : null, MunicipalityKind.Kommun),
            Year = Sourced.Of(year, At(1)),
            Areas =
            [
                new AreaExtraction
                {
                    Number = area,
                    SummaryScore = Sourced.Of(50m, At(3)),
                    Strengths = strengths.Select(s => Sourced.Of(s, At(5))).ToList(),
                    Improvements = improvements.Select(s => Sourced.Of(s, At(5))).ToList(),
                },
            ],
        };
        _store.Save(new DocumentWrite(Sha(name), name + ".pdf", run, extraction, 10, "test/1", "p/1", FixedTime.Noon.GetUtcNow()) { Findings = FindingRows.From(Sha(name), extraction) });
    }

    private static string Sha(string name) => name.PadRight(64, '0');

    private static Provenance At(int page) => new(page, null, "x", "test");
}
