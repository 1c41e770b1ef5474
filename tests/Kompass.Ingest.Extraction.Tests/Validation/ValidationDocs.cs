using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Extraction.Tests.Validation;

/// <summary>Extractions built in code for the validation rules: rows, areas and a clean 2016 analysis.</summary>
internal static class ValidationDocs
{
    private static readonly Lazy<MunicipalityDirectory> Shipped = new(() =>
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "pipelines", "reference");
        return MunicipalityDirectory.Parse(File.ReadAllText(Path.Combine(folder, "kommuner.csv")), File.ReadAllText(Path.Combine(folder, "lan.csv")));
    });

    public static MunicipalityDirectory Municipalities => Shipped.Value;

    public static IReadOnlyList<FrameworkCatalog> Catalogs => Frameworks.Catalogs.Load();

    public static Provenance At(int page) => new(page, null, string.Empty, "test");

    public static Sourced<decimal> N(decimal value, int page) => Sourced.Of(value, At(page));

    public static QuestionRow Row(string id, decimal? score, decimal? max, decimal? percent, int page = 15) => new(
        Sourced.Of(id, At(page)),
        Sourced.Of("Fråga " + id, At(page)),
        score is { } s ? N(s, page) : null,
        max is { } m ? N(m, page) : null,
        percent is { } p ? N(p, page) : null);

    public static AreaExtraction Area(int number, decimal? summary = null, decimal? section = null, decimal? total = null, params QuestionRow[] rows) => new()
    {
        Number = number,
        SummaryScore = summary is { } a ? N(a, 4) : null,
        SectionScore = section is { } b ? N(b, 10 + number) : null,
        TableTotal = total is { } c ? N(c, 20 + number) : null,
        Questions = rows,
    };

    public static ReportExtraction Analysis(params AreaExtraction[] areas) => new()
    {
        Type = DocumentType.KommunKompassenAnalysis,
        Framework = FrameworkRevision.Rev2010,
        QuestionSet = "2016",
        Areas = areas,
    };

    /// <summary>
    /// A consistent 2016 analysis of Kungälv 2017: every row scores 60 % of its max, every area 60
    /// in the summary, its section and its total row, the total 480.
    /// </summary>
    public static ReportExtraction CleanAnalysis()
    {
        var set = Catalogs.Single(c => c.Revision == FrameworkRevision.Rev2010).QuestionSets.Single(s => s.Name == "2016");
        var areas = Enumerable.Range(1, 8).Select(n => Area(
            n, 60, 60, 60,
            [.. set.ForArea(n).Select(q => Row(q.Id, q.Max * 0.6m, q.Max, 60, 20 + n))])
            with { Strengths = [Sourced.Of("En styrka", At(10 + n))] }).ToArray();
        var municipality = Municipalities.Kommuner.Single(k => k.Name == "Kungälv");
        return Analysis(areas) with
        {
            Total = N(480, 4),
            MunicipalityAsPrinted = Sourced.Of("Kungälvs kommun", At(1)),
            Municipality = municipality,
            Year = Sourced.Of(2017, At(1)),
            TitleYear = Sourced.Of(2017, At(1)),
            TextYear = Sourced.Of(2017, At(3)),
            Month = Sourced.Of(10, At(3)),
            ReportDate = Sourced.Of(new DateOnly(2017, 12, 1), At(2)),
            PageCount = 30,
        };
    }
}
