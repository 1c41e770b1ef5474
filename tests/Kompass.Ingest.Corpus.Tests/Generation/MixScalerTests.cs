using Kompass.Ingest.Corpus.Generation;

namespace Kompass.Ingest.Corpus.Tests.Generation;

public sealed class MixScalerTests
{
    [Fact]
    public void Scale_WeightsAddingToTheCount_KeepsThem()
    {
        Assert.Equal([5, 7, 7, 14, 5, 7, 5, 2, 4, 10, 10, 4], MixScaler.Scale([5, 7, 7, 14, 5, 7, 5, 2, 4, 10, 10, 4], 80));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(80)]
    [InlineData(333)]
    public void Scale_AnyCount_AddsUpToIt(int count)
    {
        Assert.Equal(count, MixScaler.Scale([5, 7, 7, 14, 5, 7, 5, 2], count).Sum());
    }

    [Fact]
    public void Scale_Remainder_GoesToTheLargestFractions()
    {
        Assert.Equal([1, 2], MixScaler.Scale([1, 2], 3));
        Assert.Equal([1, 1, 0], MixScaler.Scale([1, 1, 1], 2));
    }
}
