using System.Text.RegularExpressions;
using Kompass.Ingest.Extraction.Questions;

namespace Kompass.Ingest.Extraction.Tests.Questions;

public sealed class PrintedNumberParserTests
{
    [Theory]
    [InlineData("12", 12, false)]
    [InlineData(" 12,5 ", 12.5, false)]
    [InlineData("12.50", 12.5, false)]
    [InlineData("0,05", 0.05, false)]
    [InlineData("65%", 65, true)]
    [InlineData("65 %", 65, true)]
    [InlineData("-3", -3, false)]
    [InlineData("\u22123,5", -3.5, false)]
    [InlineData("\u20131", -1, false)]
    [InlineData("1234,56 %", 1234.56, true)]
    public void TryParse_OneNumber_ItsValueAndPercentSign(string text, double value, bool percent)
    {
        Assert.True(PrintedNumberParser.TryParse(text, out var number));
        Assert.Equal(new PrintedNumber((decimal)value, percent), number);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("-")]
    [InlineData("%")]
    [InlineData("12345")]
    [InlineData("12,345")]
    [InlineData("12.")]
    [InlineData(",5")]
    [InlineData("1.5.")]
    [InlineData("65  %")]
    [InlineData("65%%")]
    [InlineData("--5")]
    [InlineData("15 (16)")]
    [InlineData("12 13")]
    [InlineData("Mål")]
    [InlineData("\u0663")]
    public void TryParse_NotExactlyOneNumber_False(string text)
        => Assert.False(PrintedNumberParser.TryParse(text, out _));

    [Fact]
    public void TryParse_EveryShortText_AsThePatternSays()
    {
        // Every text of up to five characters from the ones that matter to the pattern (an Arabic-Indic
        // digit is a digit to the pattern but not to the number reader).
        var pattern = new Regex(@"^[-\u2212\u2013]?\d{1,4}(?:[.,]\d{1,2})?(?:\s?%)?$", RegexOptions.CultureInvariant);
        const string alphabet = "15-\u2212.,% a\u0663";
        var texts = new List<string> { string.Empty };
        for (var length = 1; length <= 5; length++)
        {
            texts.AddRange(texts.Where(t => t.Length == length - 1).SelectMany(t => alphabet.Select(c => t + c)).ToList());
        }

        foreach (var text in texts)
        {
            var expected = pattern.IsMatch(text.Trim()) && !text.Contains('\u0663');
            Assert.True(expected == PrintedNumberParser.TryParse(text, out _), text);
        }
    }

    [Theory]
    [InlineData("2.3", true)]
    [InlineData(" 12.10. ", true)]
    [InlineData("0.3", false)]
    [InlineData("2.", false)]
    [InlineData("2.3.4", false)]
    [InlineData("123.4", false)]
    [InlineData("Mål", false)]
    public void IsId_AsTryParseSays(string word, bool expected)
    {
        Assert.Equal(expected, QuestionIdText.IsId(word));
        Assert.Equal(expected, QuestionIdText.TryParse(word, out _, out _));
    }
}
