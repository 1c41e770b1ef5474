using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Storage.Tests;

/// <summary>Extractions with every member filled, so a mapping that drops one is caught.</summary>
internal static class SampleExtraction
{
    private const string By = "test-extractor/1";

    public static Sourced<T> At<T>(T value, int page, string raw)
        => Sourced.Of(value, new Provenance(page, new BoundingBox(10.5, 700.25, 120, 712.75), raw, By));

    public static ReportExtraction Full() => new()
    {
        Type = DocumentType.KommunKompassenAnalysis,
        TypeEvidence = "title names KommunKompassen and ANALYS AV",
        Title = At("KommunKompassen HELSINGBORGS STAD 2017 ANALYS AV", 1, "KommunKompassen HELSINGBORGS STAD 2017 ANALYS AV"),
        Framework = FrameworkRevision.Rev2010,
        QuestionSet = "2016",
        MunicipalityAsPrinted = At("HELSINGBORGS STAD", 1, "HELSINGBORGS STAD"),
        Municipality = new Municipality("Helsingborg", Code("1283"), MunicipalityKind.Kommun),
        Year = At(2017, 1, "2017"),
        TitleYear = At(2017, 1, "2017"),
        TextYear = At(2017, 3, "genomfördes i oktober 2017"),
        Month = At(10, 3, "oktober"),
        FirstVisitDay = At(new DateOnly(2017, 10, 12), 3, "den 12–13 oktober 2017"),
        ReportDate = At(new DateOnly(2017, 12, 1), 2, "2017-12-01"),
        Evaluators = [At("Lars Strid", 1, "Lars Strid, senior konsult (SKL)"), At("Anna Marnell", 1, "Anna Marnell, Katrineholms kommun")],
        EvaluationRound = At(2, 3, "andra utvärdering"),
        InterviewCount = At(20, 3, "ca 20 personer"),
        Ocr = true,
        Total = At(512.5m, 5, "512,5"),
        NationalMeanTotal = At(430m, 5, "430"),
        Areas =
        [
            new AreaExtraction
            {
                Number = 1,
                Name = At("Offentlighet och demokrati", 6, "Område 1 Offentlighet och demokrati"),
                SummaryScore = At(62m, 5, "62"),
                NationalMean = At(51m, 5, "51"),
                SectionScore = At(62m, 6, "Poäng: 62"),
                TableTotal = At(62.0m, 30, "62,0"),
                TableTotalMax = At(100m, 30, "100"),
                Subheadings = [At("Information", 6, "Information")],
                Strengths = [At("Tydlig information på webben", 7, "• Tydlig information på webben")],
                Improvements = [At("Medborgardialog", 7, "• Medborgardialog")],
                Questions =
                [
                    new QuestionRow(At("1.1", 30, "1.1"), At("Hur informerar kommunen?", 30, "Hur informerar kommunen?"), At(10.5m, 30, "10,5"), At(15m, 30, "15"), At(70m, 30, "70 %")),
                    new QuestionRow(At("1.2", 30, "1.2"), At("Dialog", 30, "Dialog"), null, At(20m, 30, "20"), null),
                ],
            },
        ],
        Warnings = ["page 4: recovered cross-reference table"],
        PageCount = 34,
    };

    public static ReportExtraction Unreadable(string reason) => ReportExtraction.Unreadable(reason);

    private static MunicipalityCode Code(string text)
        => MunicipalityCode.TryParse(text, out var code) ? code : throw new ArgumentException(text, nameof(text));
}
