using Kompass.Ingest.Extraction.Tables.Text;

namespace Kompass.Ingest.Extraction.Tests.Tables;

public sealed class NumericTextTests
{
    [Theory]
    [InlineData("71", 71)]
    [InlineData("65%", 65)]
    [InlineData("65 %", 65)]
    [InlineData("1 234", 1234)]
    [InlineData("1\u00A0234,5", 1234.5)]
    [InlineData("12,5", 12.5)]
    [InlineData("12.5", 12.5)]
    [InlineData("\u221273", -73)]
    [InlineData("-270", -270)]
    [InlineData("(4)", -4)]
    public void TryParse_Number_ReadsIt(string text, double expected)
    {
        Assert.True(NumericText.TryParse(text, out var value));
        Assert.Equal(expected, value, 6);
    }

    [Theory]
    [InlineData("Uppnått")]
    [InlineData("2.1 Finns")]
    [InlineData("12 ab")]
    [InlineData("")]
    [InlineData("1 23")]
    public void TryParse_Text_IsNoNumber(string text) => Assert.False(NumericText.TryParse(text, out _));

    [Theory]
    [InlineData("71")]
    [InlineData(" 65 % ")]
    [InlineData("1\u00A0234,5")]
    [InlineData("(4)")]
    [InlineData("Uppnått")]
    [InlineData("1 23")]
    [InlineData("")]
    [InlineData("\u0663\u0664")]
    [InlineData("1\u0663")]
    public void IsNumber_AnyText_AgreesWithTryParse(string text)
        => Assert.Equal(NumericText.TryParse(text, out _), NumericText.IsNumber(text));

    [Theory]
    [InlineData("–", true)]
    [InlineData("..", true)]
    [InlineData("0", false)]
    public void IsPlaceholder_DashesAndDots(string text, bool expected) => Assert.Equal(expected, NumericText.IsPlaceholder(text));
}
