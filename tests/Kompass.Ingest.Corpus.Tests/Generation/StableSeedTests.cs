using Kompass.Ingest.Corpus.Generation;

namespace Kompass.Ingest.Corpus.Tests.Generation;

public sealed class StableSeedTests
{
    [Fact]
    public void Of_SameSeedAndName_IsTheSameInEveryProcess()
    {
        // SHA-256 of "2026/analysis-2016", first four bytes little-endian, sign bit cleared.
        var expected = BitConverter.ToInt32(System.Security.Cryptography.SHA256.HashData("2026/analysis-2016"u8.ToArray()), 0) & int.MaxValue;

        Assert.Equal(expected, StableSeed.Of(2026, "analysis-2016"));
    }

    [Fact]
    public void Of_OtherFamilyOrSeed_Differs()
    {
        Assert.NotEqual(StableSeed.Of(2026, "analysis-2016"), StableSeed.Of(2026, "analysis-2014"));
        Assert.NotEqual(StableSeed.Of(2026, "analysis-2016"), StableSeed.Of(2027, "analysis-2016"));
    }
}
