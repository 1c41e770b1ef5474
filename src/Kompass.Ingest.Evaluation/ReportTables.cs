namespace Kompass.Ingest.Evaluation;

/// <summary>The tables of the text report, one per metric group, families as rows.</summary>
public static class ReportTables
{
    /// <summary>Documents; metadata; areas and questions; flags and summary.</summary>
    public static readonly IReadOnlyList<ReportTable> All =
    [
        new(
            "Documents",
            ["family", "truths", "missing", "type"],
            c => [Figures.Count(c.Documents), Figures.Count(c.Missing), Figures.Percent(c.DocumentType.Value)],
            "type = document type equal; a missing document counts as wrong everywhere its truth has items"),
        new(
            "Metadata (truths that are not unreadable)",
            ["family", "title", "frmwk", "name", "code", "year", "month", "date", "evals", "round", "total", "nmTot", "mean"],
            c => c.Metadata.Select(f => Figures.Percent(f.Ratio.Value)).Append(Figures.Percent(c.MetadataMean)),
            "frmwk = frameworkVersion, name/code = municipality, date = reportDate, evals = evaluators (whole list),\n"
                + "round = evaluationRound, nmTot = nationalMeanTotal, mean = mean of the fields that have a figure"),
        new(
            "Areas and questions",
            ["family", "score", "nMean", "rowP", "rowR", "rowF1", "text", "subh", "strF1", "impF1", "findF1"],
            c =>
            [
                Figures.Percent(c.AreaScore.Value), Figures.Percent(c.NationalMean.Value),
                Figures.Percent(c.QuestionRows.Precision), Figures.Percent(c.QuestionRows.Recall), Figures.Percent(c.QuestionRows.F1),
                Figures.Percent(c.QuestionText.Value), Figures.Percent(c.Subheadings.Value),
                Figures.Percent(c.Strengths.F1), Figures.Percent(c.Improvements.F1), Figures.Percent(c.Findings.F1),
            ],
            "score/nMean = area score and national mean per truth area; row = question rows equal in id, score, max\n"
                + "and percent; text = question text of rows whose id was found; subh = subheadings equal in place;\n"
                + "str/imp/find = strengths, improvements and both: item F1 per area"),
        new(
            "Flags and summary",
            ["family", "expected", "recall", "false", "false/doc", "summary"],
            c =>
            [
                $"{Figures.Count(c.ExpectedFlags.Hits)}/{Figures.Count(c.ExpectedFlags.Total)}", Figures.Percent(c.ExpectedFlags.Value),
                Figures.Count(c.FalseFlags), Figures.Decimal(c.FalseFlagsPerDocument), Figures.Percent(SummaryFigure.Compute(c)),
            ],
            "expected = expected flags found/expected (by code, area, question); false = exported warning/error flags\n"
                + "the truth does not expect"),
    ];
}
