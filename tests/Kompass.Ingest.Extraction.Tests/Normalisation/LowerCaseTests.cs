using System.Globalization;
using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Extraction.Tests.Normalisation;

public sealed class LowerCaseTests
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    [Fact]
    public void Swedish_EveryChar_MatchesSwedishCulture()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            Assert.Equal(char.ToLower(c, Swedish), LowerCase.Swedish(c));
        }
    }

    [Fact]
    public void Invariant_EveryChar_MatchesInvariantCulture()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            Assert.Equal(char.ToLowerInvariant(c), LowerCase.Invariant(c));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("redan gemener")]
    [InlineData("ÖRNSKÖLDSVIKS KOMMUN")]
    [InlineData("Västerås Stad, 2005-03-31")]
    [InlineData("ÆØÅ ÀÞ × ß ÿ µ")]
    [InlineData("İstanbul ΑΘΗΝΑ Ǆ")]
    [InlineData("Område 3 – “Styrning” • €5 → ▪ \uF0B7 Ⓐ")]
    [InlineData("KF-SAMMANTRÄDEN\u00A0och\tmer")]
    public void Swedish_Text_MatchesSwedishCulture(string text)
    {
        Assert.Equal(text.ToLower(Swedish), LowerCase.Swedish(text));
    }

    [Theory]
    [InlineData("ÖRNSKÖLDSVIKS KOMMUN")]
    [InlineData("Åtgärder")]
    [InlineData("İstanbul ΑΘΗΝΑ")]
    public void Invariant_Text_MatchesInvariantCulture(string text)
    {
        Assert.Equal(text.ToLowerInvariant(), LowerCase.Invariant(text));
    }
}
