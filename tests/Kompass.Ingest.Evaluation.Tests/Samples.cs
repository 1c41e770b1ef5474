using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Evaluation.Tests;

/// <summary>Small truths and exports with figures that can be counted by hand.</summary>
internal static class Samples
{
    /// <summary>
    /// An analysis with two areas: area 1 has 3 rows, 2 subheadings, 2 strengths, 1 improvement;
    /// area 2 has 2 rows, 1 subheading, 1 strength. One expected flag (percent-mismatch on 1.2).
    /// </summary>
    public static TruthDocument Analysis(string path = "2017/helsingborg.pdf", string sha = "aa01", string family = "analysis-2017") => new()
    {
        Sha256 = sha,
        Path = path,
        Family = family,
        DocumentType = "kommunkompassen-analysis",
        Title = "KommunKompassen Analys av Helsingborgs stad 2017",
        FrameworkVersion = "2010",
        Municipality = new ExportMunicipality("Helsingborg", "1283", "kommun"),
        Year = 2017,
        Month = 10,
        ReportDate = "2017-11-02",
        Evaluators = ["Lars Strid", "Anna Marnell"],
        EvaluationRound = 2,
        Total = 120m,
        NationalMeanTotal = 105m,
        Areas =
        [
            new ExportArea
            {
                Number = 1,
                Name = "Offentlighet och demokrati",
                Score = 60m,
                NationalMean = 55m,
                Page = 4,
                Subheadings = ["Demokratiarbete", "Information"],
                Strengths = ["Bra hemsida", "Öppna möten"],
                Improvements = ["Mer dialog"],
                Questions = [Row("1.1", "Strategi", 9, 15, 60), Row("1.2", "Information till medborgarna", 12, 20, 80), Row("1.3", "Dialog", 39, 65, 60)],
            },
            new ExportArea
            {
                Number = 2,
                Name = "Tillgänglighet och brukarorientering",
                Score = 60m,
                NationalMean = 50m,
                Page = 4,
                Subheadings = ["Service"],
                Strengths = ["Snabba svar"],
                Questions = [Row("2.1", "Tillgänglighet", 15, 25, 60), Row("2.2", "Bemötande", 45, 75, 60)],
            },
        ],
        ExpectedFlags = [new ExpectedFlag("percent-mismatch", 1, "1.2")],
    };

    /// <summary>A memo: no scores, no areas, no flags.</summary>
    public static TruthDocument Memo(string path = "pm/sundbyberg.pdf", string sha = "bb02") => new()
    {
        Sha256 = sha,
        Path = path,
        Family = "pm",
        DocumentType = "kommunkompassen-pm",
        Title = "PM Utvärdering enligt Kommunkompassen i Sundbybergs kommun",
        Municipality = new ExportMunicipality("Sundbyberg", "0183", "kommun"),
        Year = 2016,
    };

    /// <summary>The export a perfect pipeline writes for <paramref name="truth"/>, with the flags it expects raised.</summary>
    public static ExportDocument ExportOf(TruthDocument truth) => new()
    {
        Sha256 = truth.Sha256,
        Path = truth.Path,
        DocumentType = truth.DocumentType,
        Error = truth.Error,
        Title = truth.Title,
        FrameworkVersion = truth.FrameworkVersion,
        Municipality = truth.Municipality,
        Year = truth.Year,
        Month = truth.Month,
        ReportDate = truth.ReportDate,
        Evaluators = truth.Evaluators,
        EvaluationRound = truth.EvaluationRound,
        Ocr = truth.Ocr,
        Total = truth.Total,
        NationalMeanTotal = truth.NationalMeanTotal,
        Areas = truth.Areas,
        Flags = truth.ExpectedFlags.Select(f => Flag(f.Code, "warning", f.Area, f.Question)).ToList(),
    };

    public static ExportQuestion Row(string id, string text, decimal score, decimal max, decimal? percent)
        => new() { Id = id, Text = text, Score = score, Max = max, Percent = percent, Page = 20 };

    public static ExportFlag Flag(string code, string severity, int? area = null, string? question = null)
        => new(code, severity, area, question, $"{code} raised", "open");

    /// <summary><paramref name="document"/> with area <paramref name="number"/> replaced through <paramref name="change"/>.</summary>
    public static ExportDocument WithArea(ExportDocument document, int number, Func<ExportArea, ExportArea> change)
        => document with { Areas = document.Areas.Select(a => a.Number == number ? change(a) : a).ToList() };
}
