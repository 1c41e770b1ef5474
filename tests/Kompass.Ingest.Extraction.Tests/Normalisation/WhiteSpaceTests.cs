using System.Text.RegularExpressions;
using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Extraction.Tests.Normalisation;

public sealed class WhiteSpaceTests
{
    private static readonly Regex Runs = new(@"\s+");

    [Fact]
    public void Collapse_EveryChar_MatchesRegexWhiteSpaceClass()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            var text = $"a{c}{c}b";
            Assert.Equal(Runs.Replace(text, " "), WhiteSpace.Collapse(text));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("Styrkor")]
    [InlineData("Område 3 Politisk styrning")]
    [InlineData("  Område   3\tPolitisk\u00A0styrning  ")]
    [InlineData("a \t b\n\nc\u2003")]
    [InlineData("\u00A0")]
    [InlineData("a  ")]
    public void Collapse_Text_MatchesRegexReplace(string text)
        => Assert.Equal(Runs.Replace(text, " "), WhiteSpace.Collapse(text));

    [Fact]
    public void Collapse_NothingToChange_ReturnsSameInstance()
    {
        var sut = "Område 3 Politisk styrning";

        Assert.Same(sut, WhiteSpace.Collapse(sut));
    }
}
