using Kompass.Ingest.Corpus.Tests.Support;
using Kompass.Ingest.Corpus.Truth.Rules;
using static Kompass.Ingest.Corpus.Tests.Support.Reports;

namespace Kompass.Ingest.Corpus.Tests.Truth;

public sealed class SummarySectionMismatchRuleTests
{
    private readonly SummarySectionMismatchRule _sut = new();

    [Theory]
    [InlineData(71, 71, 71, false)]
    [InlineData(71, 74, 71, true)]
    [InlineData(71, 71, 70, true)]
    public void Check_ThreePrintedScores_FlagWhenAnyDiffers(int summary, int section, int table, bool flagged)
    {
        var report = Analysis(Area(1, summary, section, table));

        Assert.Equal(flagged, _sut.Check(report, TestContext.Rules2016).Any());
    }

    [Fact]
    public void Check_ScorePrintedOnce_HasNothingToCompare()
    {
        Assert.Empty(_sut.Check(Analysis(Area(1, summary: 71)), TestContext.Rules2016));
    }
}
