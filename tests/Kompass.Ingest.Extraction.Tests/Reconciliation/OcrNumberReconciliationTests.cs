using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Reconciliation;
using static Kompass.Ingest.Extraction.Tests.Validation.ValidationDocs;

namespace Kompass.Ingest.Extraction.Tests.Reconciliation;

public sealed class OcrNumberReconciliationTests
{
    private static readonly ExtractionContext Context = ExtractionContexts.For(new DocumentLayout([], [], true));

    // Area 1 of the 2016 set: 1.1–1.5, maxima 15, 20, 25, 30, 10; each row with its percent.
    private static QuestionRow[] Rows(params decimal[] scores)
        => [.. Catalogs.Single(c => c.Revision == FrameworkRevision.Rev2010).QuestionSets.Single(s => s.Name == "2016")
            .ForArea(1).Select((q, i) => Row(q.Id, scores[i], q.Max, Math.Round(100 * scores[i] / q.Max)))];

    [Fact]
    public void Extract_SummaryLostADigit_TakesTheReadingTheRowsAndSectionAgreeWith()
    {
        var sut = new OcrNumberReconciliation(Catalogs);
        var draft = Analysis(Area(1, summary: 5, section: 55, rows: Rows(10, 10, 10, 20, 5))) with { Ocr = true };

        var result = sut.Extract(Context, draft);

        Assert.Equal(55, result.Areas[0].SummaryScore!.Value);
        Assert.Contains(nameof(OcrNumberReconciliation), result.Areas[0].SummaryScore!.Source.Extractor, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Contains("summary's score 55 as 5", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_RowScoreMisread_TakesTheOnlyReadingThatAddsUp()
    {
        var sut = new OcrNumberReconciliation(Catalogs);
        var rows = Rows(10, 10, 10, 20, 5);
        rows[1] = rows[1] with { Score = N(13, 15), Percent = N(90, 15) }; // 18 of 20 printed, 8 read as 3
        var draft = Analysis(Area(1, summary: 63, section: 63, rows: rows)) with { Ocr = true };

        var result = sut.Extract(Context, draft);

        Assert.Equal(18, result.Areas[0].Questions[1].Score!.Value);
    }

    [Fact]
    public void Extract_RowsMisreadBeyondOneSlip_TakeTheScoresTheirPercentsStandFor()
    {
        // "10" read as "33" (above the max 15) and as "23": their percents 67 % of 15 and 40 % of 25
        // say 10 each, and the rows then add up to the summary's and the section's 55.
        var sut = new OcrNumberReconciliation(Catalogs);
        var rows = Rows(10, 10, 10, 20, 5);
        rows[0] = rows[0] with { Score = N(33, 15) };
        rows[2] = rows[2] with { Score = N(23, 15) };
        var draft = Analysis(Area(1, summary: 55, section: 55, rows: rows)) with { Ocr = true };

        var result = sut.Extract(Context, draft);

        Assert.Equal([10m, 10m, 10m, 20m, 5m], result.Areas[0].Questions.Select(r => r.Score!.Value));
        Assert.Contains(nameof(OcrNumberReconciliation), result.Areas[0].Questions[0].Score!.Source.Extractor, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Contains("question 1.3's score 10 as 23", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_HalfPointScoreLostItsCommaAndTheSummaryADigit_BothAreRepaired()
    {
        // "5,5" of 20 read as "33" (28 %), and the summary's 55.5 read as 5,5: the rows then add up
        // to the section's 55.5, and the summary is one slip from it.
        var sut = new OcrNumberReconciliation(Catalogs);
        var rows = Rows(10, 5.5m, 10, 25, 5);
        rows[1] = rows[1] with { Score = N(33, 15), Percent = N(28, 15) };
        var draft = Analysis(Area(1, summary: 5.5m, section: 55.5m, rows: rows)) with { Ocr = true };

        var result = sut.Extract(Context, draft);

        Assert.Equal(5.5m, result.Areas[0].Questions[1].Score!.Value);
        Assert.Equal(55.5m, result.Areas[0].SummaryScore!.Value);
    }

    [Fact]
    public void Extract_PercentMisreadNotTheScore_LeavesTheRowsAsRead()
    {
        // 50 % of 20 read as 90 %: 18 points would make the rows add up to 63, which nothing says.
        var sut = new OcrNumberReconciliation(Catalogs);
        var rows = Rows(10, 10, 10, 20, 5);
        rows[1] = rows[1] with { Percent = N(90, 15) };
        var draft = Analysis(Area(1, summary: 5, section: 55, rows: rows)) with { Ocr = true };

        var result = sut.Extract(Context, draft);

        Assert.Equal(10, result.Areas[0].Questions[1].Score!.Value);
        Assert.Equal(55, result.Areas[0].SummaryScore!.Value);
    }

    [Fact]
    public void Extract_RowsWithoutPercents_TakesTheReadingThatAddsUpExactly()
    {
        // 9 read as 2: 2 -> 9 makes the rows add up to 52 exactly; 10 -> 18 (0 for 8) gives 53,
        // which five rows' rounding would also allow.
        var sut = new OcrNumberReconciliation(Catalogs);
        var rows = Rows(2, 10, 8, 20, 5).Select(r => r with { Percent = null }).ToArray();
        var draft = Analysis(Area(1, summary: 52, section: 52, rows: rows)) with { Ocr = true };

        var result = sut.Extract(Context, draft);

        Assert.Equal(9, result.Areas[0].Questions[0].Score!.Value);
        Assert.Equal(10, result.Areas[0].Questions[1].Score!.Value);
    }

    [Fact]
    public void Extract_RowLostItsDecimalComma_PutsItBack()
    {
        // "12,5" read as "125": above the row's max 15, and 12.5 makes the rows add up to 52.5.
        var sut = new OcrNumberReconciliation(Catalogs);
        var rows = Rows(125, 10, 8, 20, 2).Select(r => r with { Percent = null }).ToArray();
        var draft = Analysis(Area(1, summary: 52.5m, section: 52.5m, rows: rows)) with { Ocr = true };

        var result = sut.Extract(Context, draft);

        Assert.Equal(12.5m, result.Areas[0].Questions[0].Score!.Value);
    }

    [Fact]
    public void Extract_SummaryTwoSlipsOffAndTwoStatementsAgree_TakesTheirReading()
    {
        // "55" read as "3"; the section and the rows both say 55.
        var sut = new OcrNumberReconciliation(Catalogs);
        var draft = Analysis(Area(1, summary: 3, section: 55, rows: Rows(10, 10, 10, 20, 5))) with { Ocr = true };

        var result = sut.Extract(Context, draft);

        Assert.Equal(55, result.Areas[0].SummaryScore!.Value);
    }

    [Fact]
    public void Extract_SummaryTwoSlipsOffAndOneStatement_LeavesIt()
    {
        var sut = new OcrNumberReconciliation(Catalogs);
        var draft = Analysis(Area(1, summary: 3, section: 55)) with { Ocr = true };

        var result = sut.Extract(Context, draft);

        Assert.Equal(draft, result);
    }

    [Fact]
    public void Extract_TwoReadingsWouldDo_LeavesTheNumbersAsRead()
    {
        // Summary 5 and section 55, no rows: 5 may be 55 with a digit lost, or 55 may be 5 with one added.
        var sut = new OcrNumberReconciliation(Catalogs);
        var draft = Analysis(Area(1, summary: 5, section: 55)) with { Ocr = true };

        var result = sut.Extract(Context, draft);

        Assert.Equal(draft, result);
    }

    [Fact]
    public void Extract_BornDigital_LeavesTheNumbersAsRead()
    {
        var sut = new OcrNumberReconciliation(Catalogs);
        var draft = Analysis(Area(1, summary: 5, section: 55, rows: Rows(10, 10, 10, 20, 5)));

        var result = sut.Extract(Context, draft);

        Assert.Equal(draft, result);
    }

    [Fact]
    public void Extract_RowMaxOneSlipFromTheQuestionSet_TakesTheQuestionSets()
    {
        var sut = new OcrNumberReconciliation(Catalogs);
        var rows = Rows(10, 10, 10, 20, 5);
        rows[0] = rows[0] with { Max = N(13, 15) };
        var draft = Analysis(Area(1, summary: 55, rows: rows)) with { Ocr = true };

        var result = sut.Extract(Context, draft);

        Assert.Equal(15, result.Areas[0].Questions[0].Max!.Value);
        Assert.Contains(result.Warnings, w => w.Contains("max 15 as 13", StringComparison.Ordinal));
    }
}
