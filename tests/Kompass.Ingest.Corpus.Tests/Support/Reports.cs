using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Tests.Support;

/// <summary>Hand-made printed reports for rule tests.</summary>
internal static class Reports
{
    public static PrintedReport Analysis(params PrintedArea[] areas) => new()
    {
        Family = "test",
        Type = DocumentType.KommunKompassenAnalysis,
        Revision = FrameworkRevision.Rev2010,
        QuestionSet = "2016",
        Title = "KommunKompassen VALLENTUNA KOMMUN FEBRUARI 2017",
        Municipality = new PrintedMunicipality("Vallentuna", "0115", MunicipalityKind.Kommun, "Vallentuna kommun"),
        Year = 2017,
        TextYear = 2017,
        Areas = areas,
    };

    public static PrintedArea Area(int number, decimal? summary = null, decimal? section = null, decimal? tableTotal = null, params PrintedQuestion[] rows) => new()
    {
        Number = number,
        SectionName = $"Område {number}",
        SummaryName = $"Område {number}",
        TableName = $"Område {number}",
        SummaryScore = summary,
        SectionScore = section,
        TableTotal = tableTotal,
        TableTotalMax = tableTotal is null ? null : 100,
        Questions = rows,
    };

    public static PrintedQuestion Row(string id, decimal score, decimal max, int? percent = null) => new(id, $"Fråga {id}?", score, max, percent);

    /// <summary>The seed report's area 1 (Vallentuna 2017): 10/15 65 %, 15/20 77 %, 20/25 80 %, 19/30 64 %, 7/10 68 %; total 71.</summary>
    public static PrintedQuestion[] SeedArea1 =>
    [
        Row("1.1", 10, 15, 65), Row("1.2", 15, 20, 77), Row("1.3", 20, 25, 80), Row("1.4", 19, 30, 64), Row("1.5", 7, 10, 68),
    ];

    /// <summary>The seed report's area 4: rows add up to 77 against a printed 76, explained by the percentages.</summary>
    public static PrintedQuestion[] SeedArea4 =>
    [
        Row("4.1", 12, 15, 80), Row("4.2", 7, 10, 70), Row("4.3", 12, 20, 58), Row("4.4", 9, 15, 63), Row("4.5", 19, 20, 93), Row("4.6", 18, 20, 89),
    ];
}
