using Kompass.Ingest.Corpus.Content;

namespace Kompass.Ingest.Corpus.Tests.Content;

public sealed class ScoreMathTests
{
    [Fact]
    public void Percent_NineSeventyFiveOfFifteen_PrintsAsTenAndSixtyFive()
    {
        Assert.Equal(10m, ScoreMath.RoundAway(9.75m));
        Assert.Equal(65, ScoreMath.Percent(9.75m, 15));
    }

    [Theory]
    [InlineData(9.5, 10)]
    [InlineData(9.49, 9)]
    [InlineData(0.5, 1)]
    public void RoundAway_Halves_GoAwayFromZero(double value, int expected)
    {
        Assert.Equal(expected, ScoreMath.RoundAway((decimal)value));
    }
}
