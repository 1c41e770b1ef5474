using Kompass.Ingest.Extraction.Reconciliation;

namespace Kompass.Ingest.Extraction.Tests.Reconciliation;

public sealed class DigitMisreadingsTests
{
    [Theory]
    [InlineData(13, 15)] // 5 read as 3
    [InlineData(2, 9)] // 9 read as 2
    [InlineData(5, 55)] // a digit lost
    [InlineData(155, 15)] // a digit added
    [InlineData(125, 12.5)] // the decimal comma lost
    [InlineData(38, 33)] // 3 read as 8
    public void Of_ASlip_HoldsWhatWasPrinted(decimal read, decimal printed)
    {
        var sut = DigitMisreadings.Of(read);

        Assert.Contains(printed, sut);
    }

    [Fact]
    public void Tiers_LookAlikesFirst_DigitCountLast()
    {
        var sut = DigitMisreadings.Tiers(13);

        Assert.Contains(15m, sut[0]);
        Assert.DoesNotContain(113m, sut[0]);
        Assert.Equal([1.3m], sut[1]);
        Assert.Contains(113m, sut[2]);
    }

    [Fact]
    public void Of_AnyNumber_LeavesOutItselfAndTwoSlips()
    {
        var sut = DigitMisreadings.Of(13);

        Assert.DoesNotContain(13m, sut);
        Assert.DoesNotContain(48m, sut);
        Assert.All(sut, v => Assert.True(v >= 0));
    }
}
