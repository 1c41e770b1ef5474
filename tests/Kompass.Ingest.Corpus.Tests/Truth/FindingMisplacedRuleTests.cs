using Kompass.Ingest.Corpus.Tests.Support;
using Kompass.Ingest.Corpus.Truth.Rules;
using Kompass.Ingest.Domain.Reports;
using static Kompass.Ingest.Corpus.Tests.Support.Reports;

namespace Kompass.Ingest.Corpus.Tests.Truth;

public sealed class FindingMisplacedRuleTests
{
    private readonly FindingMisplacedRule _sut = new();

    [Fact]
    public void Check_AreaHoldingAnotherAreasFinding_IsInfoOnTheHostArea()
    {
        var host = Area(1, 60) with { Strengths = ["Webbsändningar av KF", "Individuell lönesättning i dialog med facket"], ForeignFindings = ["Individuell lönesättning i dialog med facket"] };

        var flag = Assert.Single(_sut.Check(Analysis(host), TestContext.Rules2016));

        Assert.Equal((FlagCodes.FindingMisplaced, FlagSeverity.Info, 1), (flag.Code, flag.Severity, flag.Area));
    }

    [Fact]
    public void Check_OwnFindingsOnly_IsClean()
    {
        var area = Area(1, 60) with { Strengths = ["Webbsändningar av KF"] };

        Assert.Empty(_sut.Check(Analysis(area), TestContext.Rules2016));
    }
}
