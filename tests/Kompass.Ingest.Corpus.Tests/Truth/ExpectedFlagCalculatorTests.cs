using Kompass.Ingest.Corpus.Tests.Support;
using Kompass.Ingest.Corpus.Truth;
using Kompass.Ingest.Domain.Reports;
using static Kompass.Ingest.Corpus.Tests.Support.Reports;

namespace Kompass.Ingest.Corpus.Tests.Truth;

public sealed class ExpectedFlagCalculatorTests
{
    [Fact]
    public void Merge_SameCodeAreaAndQuestion_KeepsOneWithTheHighestSeverity()
    {
        var merged = ExpectedFlagCalculator.Merge(
        [
            new TruthFlag(FlagCodes.TotalMismatch, FlagSeverity.Info, null, null, "a"),
            new TruthFlag(FlagCodes.TotalMismatch, FlagSeverity.Warning, null, null, "b"),
            new TruthFlag(FlagCodes.PercentMismatch, FlagSeverity.Warning, 1, "1.1", "c"),
        ]);

        Assert.Equal([FlagCodes.PercentMismatch, FlagCodes.TotalMismatch], merged.Select(f => f.Code));
        Assert.Equal(FlagSeverity.Warning, merged[1].Severity);
    }

    [Fact]
    public void Calculate_OneScoreAboveItsMax_RaisesEveryFlagItEvidences()
    {
        var sut = new ExpectedFlagCalculator();
        var rows = SeedArea1.Select(r => r.Id == "1.2" ? r with { Score = 25 } : r).ToArray();

        var flags = sut.Calculate(Analysis(Area(1, 71, 71, 71, rows)), TestContext.Rules2016);

        Assert.Contains(flags, f => f.Code == FlagCodes.ScoreOutOfRange && f.Question == "1.2");
        Assert.Contains(flags, f => f.Code == FlagCodes.PercentMismatch && f.Question == "1.2");
        Assert.Contains(flags, f => f.Code == FlagCodes.QuestionSumMismatch && f.Area == 1);
    }
}
