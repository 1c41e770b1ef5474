using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Extraction.Tests.Normalisation;

public sealed class CharCountsTests
{
    [Theory]
    [InlineData("Sveriges Kommuner och Regioner", false)]
    [InlineData("", false)]
    [InlineData("Sida 3 av 12", true)]
    [InlineData("\u0663 (\u0664)", true)]
    [InlineData("½ ² Ⅻ", false)]
    public void HasDigit_TellsAnyDecimalDigit(string text, bool expected)
        => Assert.Equal(expected, CharCounts.HasDigit(text));

    [Fact]
    public void HasDigit_EveryCharacter_AgreesWithTheRegexDigitClass()
    {
        var digit = new System.Text.RegularExpressions.Regex(@"\d");
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            var text = c.ToString();
            Assert.Equal(digit.IsMatch(text), CharCounts.HasDigit(text));
        }
    }
}
