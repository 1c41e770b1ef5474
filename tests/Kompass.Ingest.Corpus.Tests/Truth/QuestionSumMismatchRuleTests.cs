using Kompass.Ingest.Corpus.Tests.Support;
using Kompass.Ingest.Corpus.Truth.Rules;
using Kompass.Ingest.Domain.Reports;
using static Kompass.Ingest.Corpus.Tests.Support.Reports;

namespace Kompass.Ingest.Corpus.Tests.Truth;

public sealed class QuestionSumMismatchRuleTests
{
    private readonly QuestionSumMismatchRule _sut = new();

    [Fact]
    public void Check_RowsAddingToSeventySevenAgainstSeventySix_AreExplainedByThePercentages()
    {
        var report = Analysis(Area(4, 76, 76, 76, SeedArea4));

        Assert.Empty(_sut.Check(report, TestContext.Rules2016));
    }

    [Fact]
    public void Check_AreaScoreFarFromTheRows_Flags()
    {
        var report = Analysis(Area(4, 70, 70, 70, SeedArea4));

        var flag = Assert.Single(_sut.Check(report, TestContext.Rules2016));

        Assert.Equal((FlagCodes.QuestionSumMismatch, 4, (string?)null), (flag.Code, flag.Area, flag.Question));
    }

    [Fact]
    public void Check_PercentagesNarrowTheIntervals_SoAScoreRoundingAloneWouldAllowIsFlagged()
    {
        // Without percents five rows of 10 allow 47.5–52.5, so 51 would pass; at exactly 100 %
        // each row is 9.95–10.05, so the sum is at most 50.25 and 51 is more than 0.5 away.
        var rows = Enumerable.Range(1, 5).Select(i => Row($"1.{i}", 10, 10, 100)).ToArray();
        var report = Analysis(Area(1, 51, 51, 51, rows));

        Assert.Single(_sut.Check(report, TestContext.Rules2016));
    }

    [Fact]
    public void Check_WithoutTotalRow_UsesTheSectionScore()
    {
        var report = Analysis(Area(4, summary: 76, section: 60, rows: SeedArea4));

        Assert.Single(_sut.Check(report, TestContext.Rules2016));
    }

    [Fact]
    public void Check_NoTotalRowAndNoSectionScore_HasNothingToCompare()
    {
        var report = Analysis(Area(4, summary: 60, rows: SeedArea4));

        Assert.Empty(_sut.Check(report, TestContext.Rules2016));
    }

    [Fact]
    public void Of_PercentThatDisagrees_IsIgnoredForTheInterval()
    {
        var interval = RowInterval.Of(Row("1.1", 10, 15, 90));

        Assert.Equal(new RowInterval(9.5m, 10.5m), interval);
    }

    [Fact]
    public void Of_TenOfFifteenAtSixtyFive_IsNarrowedByThePercent()
    {
        var interval = RowInterval.Of(Row("1.1", 10, 15, 65));

        Assert.Equal(new RowInterval(9.675m, 9.825m), interval);
    }
}
