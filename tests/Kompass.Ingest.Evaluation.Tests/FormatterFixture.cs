using static Kompass.Ingest.Evaluation.Tests.Samples;

namespace Kompass.Ingest.Evaluation.Tests;

/// <summary>A fixed report for the formatter tests: two families, one wrong score, one false flag, one missing and one unexpected document.</summary>
internal static class FormatterFixture
{
    public static EvaluationReport Report()
    {
        var analysis = Analysis();
        var missing = Analysis(path: "2016/umea.pdf", sha: "ff06", family: "analysis-2016");
        var memo = Memo();
        var exportedAnalysis = WithArea(ExportOf(analysis), 2, a => a with { Score = 16m }) with
        {
            Flags = [Flag("percent-mismatch", "warning", 1, "1.2"), Flag("missing-area", "warning", 3)],
        };
        var unexpected = ExportOf(Memo(path: "ovrigt/policy.pdf", sha: "0107")) with { DocumentType = "related-document" };

        return EvaluationScorer.Score([analysis, missing, memo], [exportedAnalysis, ExportOf(memo), unexpected]);
    }
}
