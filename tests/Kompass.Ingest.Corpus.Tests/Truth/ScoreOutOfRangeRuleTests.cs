using Kompass.Ingest.Corpus.Tests.Support;
using Kompass.Ingest.Corpus.Truth.Rules;
using Kompass.Ingest.Domain.Reports;
using static Kompass.Ingest.Corpus.Tests.Support.Reports;

namespace Kompass.Ingest.Corpus.Tests.Truth;

public sealed class ScoreOutOfRangeRuleTests
{
    private readonly ScoreOutOfRangeRule _sut = new();

    [Fact]
    public void Check_ScoreAboveItsMax_IsAnErrorOnTheRow()
    {
        var flag = Assert.Single(_sut.Check(Analysis(Area(3, rows: Row("3.5", 17, 15, 80))), TestContext.Rules2016));

        Assert.Equal((FlagCodes.ScoreOutOfRange, FlagSeverity.Error, 3, "3.5"), (flag.Code, flag.Severity, flag.Area, flag.Question));
    }

    [Fact]
    public void Check_PercentAboveHundred_IsAnErrorOnTheRow()
    {
        var flag = Assert.Single(_sut.Check(Analysis(Area(6, rows: Row("6.5", 15, 15, 112))), TestContext.Rules2016));

        Assert.Equal("6.5", flag.Question);
    }

    [Fact]
    public void Check_AreaScoreAboveHundred_IsAnErrorOnTheArea()
    {
        var flag = Assert.Single(_sut.Check(Analysis(Area(4, summary: 176, section: 76)), TestContext.Rules2016));

        Assert.Equal((4, (string?)null), (flag.Area, flag.Question));
    }

    [Fact]
    public void Check_FullMarksEverywhere_IsInRange()
    {
        var report = Analysis(Area(1, 100, 100, 100, Row("1.1", 15, 15, 100), Row("1.2", 0, 10, 0)));

        Assert.Empty(_sut.Check(report, TestContext.Rules2016));
    }
}
