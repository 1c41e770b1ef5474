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

    // Facts, not theories: a lone surrogate is no text that a test case's name or data can carry.
    [Fact]
    public void Normalise_LoneSurrogate_BecomesTheReplacementChar_APairStays()
    {
        Assert.Equal("a\uFFFDb", TextNormaliser.Normalise("a\uD800b"));
        Assert.Equal("\uFFFDab", TextNormaliser.Normalise("\uDC00ab"));
        Assert.Equal("ab\uFFFD", TextNormaliser.Normalise("ab\uD83D"));
        Assert.Equal("\uFFFD\uFFFD", TextNormaliser.Normalise("\uDE00\uD83D"));
        Assert.Equal("x\uD83D\uDE00y", TextNormaliser.Normalise("x\uD83D\uDE00y"));
    }

    [Fact]
    public void WithoutLoneSurrogates_ReplacesOnlyThem()
    {
        Assert.Equal("Acrobat \uFFFD PDF  Library", TextNormaliser.WithoutLoneSurrogates("Acrobat \uD800 PDF  Library"));
        Assert.Equal("x\uD83D\uDE00\uFFFD", TextNormaliser.WithoutLoneSurrogates("x\uD83D\uDE00\uDC00"));
        Assert.Same("plain  text", TextNormaliser.WithoutLoneSurrogates("plain  text"));
    }
}
