namespace Kompass.Ingest.Layout.Tests;

public sealed class FontNamesTests
{
    [Theory]
    [InlineData("ABCDEF+Calibri-Bold", "Calibri-Bold")]
    [InlineData("Calibri", "Calibri")]
    [InlineData("Abcdef+Calibri", "Abcdef+Calibri")]
    [InlineData(null, "")]
    public void WithoutSubsetTag_RemovesOnlyASixCapitalTag(string? name, string expected)
        => Assert.Equal(expected, FontNames.WithoutSubsetTag(name));

    [Theory]
    [InlineData("Arial,Bold", true)]
    [InlineData("SourceSansPro-Semibold", true)]
    [InlineData("Lato-Black", true)]
    [InlineData("Avenir-Heavy", true)]
    [InlineData("Garamond-DemiBold", true)]
    [InlineData("Calibri", false)]
    [InlineData("Helvetica-Oblique", false)]
    public void NameSaysBold_WeightWords_AreRecognised(string name, bool expected)
        => Assert.Equal(expected, FontNames.NameSaysBold(name));
}
