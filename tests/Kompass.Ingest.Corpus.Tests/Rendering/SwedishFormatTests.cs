using Kompass.Ingest.Corpus.Rendering;

namespace Kompass.Ingest.Corpus.Tests.Rendering;

public sealed class SwedishFormatTests
{
    [Theory]
    [InlineData("71", "71")]
    [InlineData("71.0", "71")]
    [InlineData("12.5", "12,5")]
    [InlineData("-3", "-3")]
    public void Score_Value_PrintsDecimalCommaOnlyWhenFractional(string value, string expected)
        => Assert.Equal(expected, SwedishFormat.Score(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Percent_Spaced_PutsASpaceBeforeTheSign()
    {
        Assert.Equal("65 %", SwedishFormat.Percent(65, spaced: true));
        Assert.Equal("65%", SwedishFormat.Percent(65, spaced: false));
    }

    [Fact]
    public void VisitSpan_SameMonth_NamesTheMonthOnce()
        => Assert.Equal("13–15 december 2010", SwedishFormat.VisitSpan(new DateOnly(2010, 12, 13), new DateOnly(2010, 12, 15)));

    [Fact]
    public void VisitSpan_AcrossMonths_NamesBothMonths()
        => Assert.Equal("28 februari–2 mars 2005", SwedishFormat.VisitSpan(new DateOnly(2005, 2, 28), new DateOnly(2005, 3, 2)));

    [Fact]
    public void LongDate_Date_IsSwedish()
        => Assert.Equal("12 mars 2017", SwedishFormat.LongDate(new DateOnly(2017, 3, 12)));

    [Theory]
    [InlineData("Vallentuna", "Vallentunas")]
    [InlineData("Borås", "Borås")]
    [InlineData("Kalix", "Kalix")]
    public void Genitive_Name_AddsSOnlyWhereSwedishDoes(string name, string expected)
        => Assert.Equal(expected, SwedishFormat.Genitive(name));
}
