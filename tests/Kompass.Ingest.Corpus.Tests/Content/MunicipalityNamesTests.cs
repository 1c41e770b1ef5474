using Kompass.Ingest.Corpus.Content;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Tests.Support;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Tests.Content;

public sealed class MunicipalityNamesTests
{
    [Theory]
    [InlineData("0115", "Vallentuna kommun")]
    [InlineData("1283", "Helsingborgs stad")]
    [InlineData("0980", "Region Gotland")]
    [InlineData("1291", "Simrishamns kommun")]
    [InlineData("0114", "Upplands Väsby kommun")]
    [InlineData("1490", "Borås stad")]
    [InlineData("0860", "Hultsfreds kommun")]
    public void Official_Municipality_PrintsItsOfficialName(string code, string printed)
    {
        var municipality = TestContext.With(1).Municipalities.Single(m => m.Code == code);

        var sut = MunicipalityNames.Official(municipality);

        Assert.Equal((printed, code, MunicipalityKind.Kommun), (sut.PrintedName, sut.Code, sut.Kind));
    }

    [Fact]
    public void Unknown_ManyDraws_AreNeverOnTheOfficialList()
    {
        var directory = TestContext.Directory;
        var random = new Random(7);
        var municipalities = TestContext.With(1).Municipalities;

        for (var i = 0; i < 500; i++)
        {
            var sut = MunicipalityNames.Unknown(municipalities[i % municipalities.Count], directory, random);

            Assert.False(directory.IsOfficial(sut.ShortName, MunicipalityKind.Kommun), sut.ShortName);
            Assert.False(directory.IsOfficial(sut.ShortName.TrimEnd('s'), MunicipalityKind.Kommun), sut.ShortName);
            Assert.Null(sut.Code);
        }
    }

    [Fact]
    public void Region_County_IsARegionWithTheCountyCode()
    {
        var kalmar = new OfficialCounty("08", "Kalmar län", "Kalmar");

        var sut = MunicipalityNames.Region(kalmar, 2014, new Random(3));

        Assert.Equal(("Kalmar", "08", MunicipalityKind.Region), (sut.ShortName, sut.Code, sut.Kind));
        Assert.Contains(sut.PrintedName, new[] { "Landstinget i Kalmar län", "Region Kalmar län", "Region Kalmar" });
    }
}
