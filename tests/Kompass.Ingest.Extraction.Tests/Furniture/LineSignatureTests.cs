using Kompass.Ingest.Extraction.Furniture;

namespace Kompass.Ingest.Extraction.Tests.Furniture;

public sealed class LineSignatureTests
{
    private readonly LineSignature _sut = new();

    [Theory]
    [InlineData("Sida 3 av 12", "Sida 4 av 12")]
    [InlineData("RAPPORT 2005-03-31", "RAPPORT 2005-04-01")]
    [InlineData("Mjölby kommun 14 november 2018", "Mjölby  kommun 2 december 2018")]
    public void Of_LinesThatDifferOnlyInNumbersAndMonths_AreEqual(string a, string b)
        => Assert.Equal(_sut.Of(a), _sut.Of(b));

    [Fact]
    public void Of_DifferentWords_Differ()
        => Assert.NotEqual(_sut.Of("Område 1 Offentlighet och demokrati"), _sut.Of("Område 2 Tillgänglighet och brukarorientering"));

    [Theory]
    [InlineData("# (#)", false)]
    [InlineData("#-#-#", false)]
    [InlineData("<m> #", true)]
    [InlineData("sida # av #", true)]
    public void HasLetter_Signature_TellsTextFromNumbers(string signature, bool expected)
        => Assert.Equal(expected, LineSignature.HasLetter(signature));
}
