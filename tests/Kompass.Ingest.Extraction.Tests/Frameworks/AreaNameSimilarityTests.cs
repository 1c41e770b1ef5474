using Kompass.Ingest.Extraction.Frameworks;

namespace Kompass.Ingest.Extraction.Tests.Frameworks;

public sealed class AreaNameSimilarityTests
{
    [Theory]
    [InlineData("Kommunen som arbetsgivare – personalpolitik", "Kommunen som arbetsgivare, personalpolitik", 1.0)]
    [InlineData("KOMMUNEN SOM SAMHÄLLSBYGGARE", "Kommunen som samhällsbyggare", 1.0)]
    [InlineData("Tillgänglighet och", "Tillgänglighet och brukarorientering", 0.8)]
    [InlineData("Samhällsutveckling", "Kommunen som samhällsbyggare", 0.0)]
    public void Of_TwoNames_ComparesTheirWords(string printed, string known, double expected)
        => Assert.Equal(expected, AreaNameSimilarity.Of(printed, known), 3);

    [Fact]
    public void Of_NoWords_IsZero()
        => Assert.Equal(0, AreaNameSimilarity.Of("1.", "Offentlighet och demokrati"));
}
