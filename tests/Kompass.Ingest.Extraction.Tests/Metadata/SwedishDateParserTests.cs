using Kompass.Ingest.Extraction.Metadata.Dates;

namespace Kompass.Ingest.Extraction.Tests.Metadata;

public sealed class SwedishDateParserTests
{
    private readonly SwedishDateParser _sut = new();

    [Theory]
    [InlineData("Sveriges Kommuner och Landsting 2017-06-25 2 (16)", 2017, 6, 25, null, DateKind.Iso)]
    [InlineData("Mjölby kommun 14 november 2018", 2018, 11, 14, null, DateKind.Written)]
    [InlineData("genomfördes den 13–15 december 2010 och", 2010, 12, 13, 15, DateKind.Written)]
    [InlineData("besöket 7 och 8 mars 2012", 2012, 3, 7, 8, DateKind.Written)]
    [InlineData("KommunKompassen VALLENTUNA KOMMUN FEBRUARI 2017", 2017, 2, null, null, DateKind.MonthYear)]
    [InlineData("i okt. 2016", 2016, 10, null, null, DateKind.MonthYear)]
    [InlineData("under oktober–november 2017", 2017, 10, null, null, DateKind.MonthYear)]
    public void FindAll_PrintedDate_ReadsIt(string text, int year, int? month, int? day, int? lastDay, DateKind kind)
    {
        var date = Assert.Single(_sut.FindAll(text));

        Assert.Equal((year, month, day, lastDay, kind), (date.Year, date.Month, date.Day, date.LastDay, date.Kind));
    }

    [Fact]
    public void FindAll_CrossMonthRange_StartsOnTheFirstMonth()
    {
        var date = Assert.Single(_sut.FindAll("den 30 november–2 december 2010"));

        Assert.Equal(new DateOnly(2010, 11, 30), date.Date);
        Assert.Equal(2, date.LastDay);
        Assert.True(date.IsRange);
    }

    [Fact]
    public void FindAll_BareYears_OnlyWhenAsked()
    {
        const string text = "Utvärderingen genomfördes under hösten 2016 med 20 intervjuer";

        Assert.Empty(_sut.FindAll(text));
        var year = Assert.Single(_sut.FindAll(text, includeBareYears: true));
        Assert.Equal((2016, DateKind.YearOnly), (year.Year, year.Kind));
        Assert.Equal("2016", text.Substring(year.Start, year.Length));
    }

    [Theory]
    [InlineData("31 juni 2017")]
    [InlineData("2017-13-01")]
    [InlineData("1.1 Finns en plan? 10 15 65%")]
    [InlineData("Kommunen har 1500 anställda")]
    public void FindAll_NoDate_FindsNothing(string text)
        => Assert.Empty(_sut.FindAll(text, includeBareYears: text.Contains("anställda", StringComparison.Ordinal)));
}
