using System.Text.Json;

namespace Kompass.Ingest.Evaluation.Tests;

public sealed class EvaluationReportFormatterTests
{
    // Hand-checked: analysis-2017 scores 8.5 of 10 terms (area score 1/2, false-flag term 1 - 1 = 0);
    // overall (2/3 + 2/3 + 1/4 + 2/4 + 10/15 + 5/5 + 3/6 + 8/12 + 1/2 + (1 - 1/2)) / 10 = 59.2 %.
    private const string Golden = """
        kompass eval: 3 truths, 2 scored, 1 missing, 1 unexpected, 0 duplicate truths

        Documents
        family         truths  missing    type
        analysis-2016       1        1    0.0%
        analysis-2017       1        0  100.0%
        pm                  1        0  100.0%
        --------------------------------------
        overall             3        1   66.7%
        type = document type equal; a missing document counts as wrong everywhere its truth has items

        Metadata (truths that are not unreadable)
        family          title   frmwk    name    code    year   month    date   evals   round   total   nmTot    mean
        analysis-2016    0.0%    0.0%    0.0%    0.0%    0.0%    0.0%    0.0%    0.0%    0.0%    0.0%    0.0%    0.0%
        analysis-2017  100.0%  100.0%  100.0%  100.0%  100.0%  100.0%  100.0%  100.0%  100.0%  100.0%  100.0%  100.0%
        pm             100.0%  100.0%  100.0%  100.0%  100.0%  100.0%  100.0%  100.0%  100.0%  100.0%  100.0%  100.0%
        -------------------------------------------------------------------------------------------------------------
        overall         66.7%   66.7%   66.7%   66.7%   66.7%   66.7%   66.7%   66.7%   66.7%   66.7%   66.7%   66.7%
        frmwk = frameworkVersion, name/code = municipality, date = reportDate, evals = evaluators (whole list),
        round = evaluationRound, nmTot = nationalMeanTotal, mean = mean of the fields that have a figure

        Areas and questions
        family         score   nMean    rowP    rowR   rowF1    text    subh   strF1   impF1  findF1
        analysis-2016   0.0%    0.0%       –    0.0%    0.0%       –    0.0%    0.0%    0.0%    0.0%
        analysis-2017  50.0%  100.0%  100.0%  100.0%  100.0%  100.0%  100.0%  100.0%  100.0%  100.0%
        pm                 –       –       –       –       –       –       –       –       –       –
        --------------------------------------------------------------------------------------------
        overall        25.0%   50.0%  100.0%   50.0%   66.7%  100.0%   50.0%   66.7%   66.7%   66.7%
        score/nMean = area score and national mean per truth area; row = question rows equal in id, score, max
        and percent; text = question text of rows whose id was found; subh = subheadings equal in place;
        str/imp/find = strengths, improvements and both: item F1 per area

        Flags and summary
        family         expected  recall  false  false/doc  summary
        analysis-2016       0/1    0.0%      0          –     0.0%
        analysis-2017       1/1  100.0%      1       1.00    85.0%
        pm                  0/0       –      0       0.00   100.0%
        ----------------------------------------------------------
        overall             1/2   50.0%      1       0.50    59.2%
        expected = expected flags found/expected (by code, area, question); false = exported warning/error flags
        the truth does not expect

        Documents with differences (2)
          2016/umea.pdf [analysis-2016]
            not exported
            area 1: not exported
            area 2: not exported
            flag missed: percent-mismatch area 1 question 1.2
          2017/helsingborg.pdf [analysis-2017]
            area 2 score: expected 60, got 16
            false flag: missing-area area 3 (warning): missing-area raised
        Unexpected documents (exported, no truth) (1)
          ovrigt/policy.pdf

        summary = mean of the figures that have a denominator, among: document type accuracy; metadata mean
        (mean of the 11 field accuracies); area score accuracy; national mean accuracy; question-row F1;
        question text accuracy; subheading accuracy; findings F1 (strengths and improvements pooled);
        expected-flag recall; and max(0, 1 - false flags per scored document). A missing document counts as
        wrong wherever its truth has items.
        summary: 59.2%
        """;

    [Fact]
    public void FormatText_FixedReportVerbose_MatchesGoldenText()
    {
        var report = FormatterFixture.Report();

        var sut = EvaluationReportFormatter.FormatText(report, verbose: true);

        Assert.Equal(Golden + "\n", sut);
    }

    [Fact]
    public void FormatText_NotVerbose_LeavesOutDocumentDetailsAndEndsWithSummary()
    {
        var report = FormatterFixture.Report();

        var sut = EvaluationReportFormatter.FormatText(report, verbose: false);

        Assert.DoesNotContain("Documents with differences", sut, StringComparison.Ordinal);
        Assert.EndsWith("summary: 59.2%\n", sut, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatText_FamilyWithoutQuestions_PrintsDashNotHundredPercent()
    {
        var report = FormatterFixture.Report();

        var sut = EvaluationReportFormatter.FormatText(report, verbose: false);

        var pmAreaRow = sut.Split('\n').SkipWhile(l => l != "Areas and questions").First(l => l.StartsWith("pm ", StringComparison.Ordinal));
        var cells = pmAreaRow.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(10, cells.Count);
        Assert.All(cells, c => Assert.Equal("–", c));
    }

    [Fact]
    public void FormatJson_FixedReport_WritesFractionsAndNullsWithoutDenominator()
    {
        var report = FormatterFixture.Report();

        using var sut = JsonDocument.Parse(EvaluationReportFormatter.FormatJson(report));

        var root = sut.RootElement;
        Assert.Equal(0.5917, Math.Round(root.GetProperty("summary").GetDouble(), 4));
        var pm = root.GetProperty("families").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "pm");
        var rows = pm.GetProperty("summaryTerms").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "questionRowsF1");
        Assert.Equal(JsonValueKind.Null, rows.GetProperty("value").ValueKind);
        Assert.Equal(["ovrigt/policy.pdf"], root.GetProperty("unexpectedDocuments").EnumerateArray().Select(e => e.GetString()));
    }
}
