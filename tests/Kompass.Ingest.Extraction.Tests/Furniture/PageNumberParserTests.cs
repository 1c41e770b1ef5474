using Kompass.Ingest.Extraction.Furniture;

namespace Kompass.Ingest.Extraction.Tests.Furniture;

public sealed class PageNumberParserTests
{
    [Theory]
    [InlineData("14 (16)", 14, 16, PageNumberStyle.NumberOfTotalInParentheses, true)]
    [InlineData("PM 1(8)", 1, 8, PageNumberStyle.NumberOfTotalInParentheses, false)]
    [InlineData("Sveriges Kommuner och Landsting 2017-06-25 2 (16)", 2, 16, PageNumberStyle.NumberOfTotalInParentheses, false)]
    [InlineData("Sida 3 av 12", 3, 12, PageNumberStyle.SidaAv, true)]
    [InlineData("SIDA 3 AV 12", 3, 12, PageNumberStyle.SidaAv, true)]
    [InlineData("3/27", 3, 27, PageNumberStyle.Slash, true)]
    [InlineData("7", 7, null, PageNumberStyle.Bare, true)]
    [InlineData("- 7 -", 7, null, PageNumberStyle.Bare, true)]
    public void Read_PrintedPageNumber_ReadsNumberTotalAndStyle(string text, int number, int? total, PageNumberStyle style, bool whole)
    {
        var reading = PageNumberParser.Read(text);

        Assert.NotNull(reading);
        Assert.Equal(number, reading.Number);
        Assert.Equal(total, reading.Total);
        Assert.Equal(style, reading.Style);
        Assert.Equal(whole, reading.IsWholeLine);
    }

    [Theory]
    [InlineData("2017-06-25")]
    [InlineData("Poäng 71")]
    [InlineData("12 (3)")]
    [InlineData("Kommunkompassen 2017")]
    [InlineData("7,5 10 75%")]
    [InlineData("")]
    public void Read_NoPageNumber_ReturnsNull(string text) => Assert.Null(PageNumberParser.Read(text));

    [Theory]
    [InlineData("Sveriges Kommuner och Regioner")]
    [InlineData("Sida tre av tolv")]
    [InlineData("- -")]
    [InlineData("(  )")]
    public void Read_NoDigit_ReturnsNull(string text) => Assert.Null(PageNumberParser.Read(text));
}
