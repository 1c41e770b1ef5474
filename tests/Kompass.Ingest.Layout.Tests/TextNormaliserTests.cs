namespace Kompass.Ingest.Layout.Tests;

public sealed class TextNormaliserTests
{
    [Theory]
    [InlineData("\uFB01nansiering", "finansiering")]
    [InlineData("e\uFB00ektiv", "effektiv")]
    [InlineData("\uFB02ykting", "flykting")]
    [InlineData("e\uFB03cient", "efficient")]
    [InlineData("ba\uFB04e", "baffle")]
    public void Normalise_Ligature_IsSpelledOut(string input, string expected)
        => Assert.Equal(expected, TextNormaliser.Normalise(input));

    [Fact]
    public void Normalise_CombiningRing_ComposesToOneLetter()
    {
        var result = TextNormaliser.Normalise("a\u030Angen");

        Assert.Equal("\u00E5ngen", result);
    }

    [Theory]
    [InlineData("55\u00A0p", "55 p")]
    [InlineData("2017\u2009\u2013\u20092018", "2017 – 2018")]
    [InlineData("  Område \t 1  ", "Område 1")]
    [InlineData("med\u202Fel", "med el")]
    public void Normalise_OddSpaces_BecomeOnePlainSpace(string input, string expected)
        => Assert.Equal(expected, TextNormaliser.Normalise(input));

    [Theory]
    [InlineData("verk\u00ADsam\u00ADhet", "verksamhet")]
    [InlineData("\uFEFFRubrik\u200B", "Rubrik")]
    public void Normalise_InvisibleCharacters_AreRemoved(string input, string expected)
        => Assert.Equal(expected, TextNormaliser.Normalise(input));

    [Fact]
    public void Normalise_PlainAscii_ReturnsTheSameInstance()
    {
        const string text = "TOTALT";

        Assert.Same(text, TextNormaliser.Normalise(text));
    }

    [Fact]
    public void Normalise_SwedishLettersAlreadyComposed_ReturnsTheSameInstance()
    {
        const string text = "FÖRBÄTTRINGSOMRÅDEN:";

        Assert.Same(text, TextNormaliser.Normalise(text));
    }

    [Fact]
    public void Normalise_OnlyWhiteSpace_GivesEmpty()
        => Assert.Equal(string.Empty, TextNormaliser.Normalise("\u00A0 \u2009"));
}
