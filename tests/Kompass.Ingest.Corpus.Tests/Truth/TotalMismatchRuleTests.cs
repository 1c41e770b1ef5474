using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Tests.Support;
using Kompass.Ingest.Corpus.Truth.Rules;
using Kompass.Ingest.Domain.Reports;
using static Kompass.Ingest.Corpus.Tests.Support.Reports;

namespace Kompass.Ingest.Corpus.Tests.Truth;

public sealed class TotalMismatchRuleTests
{
    private readonly TotalMismatchRule _sut = new();

    [Fact]
    public void Check_TotalEqualToTheAreas_IsConsistent()
    {
        Assert.Empty(_sut.Check(WithTotal(555), TestContext.Rules2016));
    }

    [Theory]
    [InlineData(559, FlagSeverity.Info)] // a 2011 report prints 359 for areas adding to 363
    [InlineData(551, FlagSeverity.Info)]
    [InlineData(560, FlagSeverity.Warning)]
    [InlineData(455, FlagSeverity.Warning)]
    public void Check_TotalOff_IsInfoUpToFourAndAWarningAbove(int total, FlagSeverity severity)
    {
        var flag = Assert.Single(_sut.Check(WithTotal(total), TestContext.Rules2016));

        Assert.Equal((FlagCodes.TotalMismatch, severity), (flag.Code, flag.Severity));
    }

    [Fact]
    public void Check_HalfPointOff_IsInfo()
    {
        var report = WithTotal(555.5m);

        Assert.Equal(FlagSeverity.Info, Assert.Single(_sut.Check(report, TestContext.Rules2016)).Severity);
    }

    [Fact]
    public void Check_AreaWithoutSummaryScore_CountsItsSectionScore()
    {
        var report = WithTotal(555);
        report = report with { Areas = report.Areas.Select(a => a.Number == 1 ? a with { SummaryScore = null, SectionScore = 71 } : a).ToList() };

        Assert.Empty(_sut.Check(report, TestContext.Rules2016));
    }

    // The seed report's Tabell 1: 71 65 74 76 75 68 54 72 = 555.
    private static PrintedReport WithTotal(decimal total)
    {
        decimal[] scores = [71, 65, 74, 76, 75, 68, 54, 72];
        return Analysis(scores.Select((s, i) => Area(i + 1, summary: s)).ToArray()) with { Total = total };
    }
}
