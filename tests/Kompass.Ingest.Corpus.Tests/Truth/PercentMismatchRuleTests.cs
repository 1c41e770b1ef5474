using Kompass.Ingest.Corpus.Tests.Support;
using Kompass.Ingest.Corpus.Truth.Rules;
using Kompass.Ingest.Domain.Reports;
using static Kompass.Ingest.Corpus.Tests.Support.Reports;

namespace Kompass.Ingest.Corpus.Tests.Truth;

public sealed class PercentMismatchRuleTests
{
    private readonly PercentMismatchRule _sut = new();

    [Fact]
    public void Check_TenOfFifteenAtSixtyFivePercent_IsConsistent()
    {
        var report = Analysis(Area(1, 71, 71, 71, SeedArea1));

        Assert.Empty(_sut.Check(report, TestContext.Rules2016));
    }

    [Fact]
    public void Check_PercentThatNoRoundedScoreExplains_FlagsTheRow()
    {
        var report = Analysis(Area(1, 71, 71, 71, Row("1.1", 10, 15, 80)));

        var flag = Assert.Single(_sut.Check(report, TestContext.Rules2016));

        Assert.Equal((FlagCodes.PercentMismatch, FlagSeverity.Warning, 1, "1.1"), (flag.Code, flag.Severity, flag.Area, flag.Question));
    }

    [Theory]
    [InlineData(10, 15, 63, false)] // 9.45: |10 − 9.45| = 0.55 ≤ 0.575
    [InlineData(10, 15, 62, true)] // 9.3: 0.7 > 0.575
    [InlineData(19, 20, 93, false)] // 18.6: 0.4 ≤ 0.6
    public void Check_AtTheTolerance_FollowsTheContract(int score, int max, int percent, bool flagged)
    {
        var report = Analysis(Area(1, rows: Row("1.1", score, max, percent)));

        Assert.Equal(flagged, _sut.Check(report, TestContext.Rules2016).Any());
    }

    [Fact]
    public void Check_RowWithoutPercent_IsNotChecked()
    {
        var report = Analysis(Area(1, rows: Row("1.1", 10, 15)));

        Assert.Empty(_sut.Check(report, TestContext.Rules2016));
    }
}
