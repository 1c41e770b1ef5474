using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Metadata;
using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Extraction.Tests.Metadata;

public sealed class MunicipalityReaderTests
{
    private readonly MunicipalityReader _sut = new(new MunicipalityMatcher(MetadataDocument.Directory));

    [Theory]
    [InlineData("KommunKompassen VALLENTUNA KOMMUN FEBRUARI 2017", "VALLENTUNA KOMMUN", "Vallentuna", "0115")]
    [InlineData("KommunKompassen HELSINGBORGS STAD 2014", "HELSINGBORGS STAD", "Helsingborg", "1283")]
    [InlineData("KOMMUNKOMPASSEN ANALYS AV SIMRISHAMNS KOMMUN", "SIMRISHAMNS KOMMUN", "Simrishamn", "1291")]
    [InlineData("KommunKompassen REGION GOTLAND 2014", "REGION GOTLAND", "Gotland", "0980")]
    [InlineData("KommunKompassen UPPLANDS VÄSBY 2011", "UPPLANDS VÄSBY", "Upplands Väsby", "0114")]
    [InlineData("Återkoppling Kommunkompass. Tyresö", "Tyresö", "Tyresö", "0138")]
    [InlineData("PM 1(8) Utvärdering enligt Kommunkompassen i Sundbybergs kommun", "Sundbybergs kommun", "Sundbyberg", "0183")]
    [InlineData("Kommunkompassen Analys av Solna stad september 2022", "Solna stad", "Solna", "0184")]
    [InlineData("KommunKompassen MALUNG-SÄLENS KOMMUN 2023", "MALUNG-SÄLENS KOMMUN", "Malung-Sälen", "2023")]
    [InlineData("Ronneby kommuns personalpolitik", "Ronneby kommuns", "Ronneby", "1081")]
    [InlineData("Linköpings personalpolitiska program", "Linköpings", "Linköping", "0580")]
    [InlineData("Kommun Kompassen KALIX KOMMUN 2012", "KALIX KOMMUN", "Kalix", "2514")]
    public void Read_Title_FindsTheOfficialMunicipality(string title, string printed, string name, string code)
    {
        var reading = _sut.Read(title, region: false).First();

        Assert.Equal(printed, reading.Phrase.Printed);
        Assert.Equal(title.IndexOf(printed, StringComparison.Ordinal), reading.Phrase.Start);
        Assert.Equal(new Municipality(name, MunicipalityCode.TryParse(code, out var c) ? c : null, MunicipalityKind.Kommun), reading.Municipality);
    }

    [Theory]
    [InlineData("KommunKompassen FORSHAAGS KOMMUN 2014", "Forshaag")]
    [InlineData("KOMMUNKOMPASSEN Analys av Jomala kommun 18–20 februari 2005", "Jomala")]
    public void Read_UnknownNameClosedByKommun_NamesAnUnknownMunicipality(string title, string name)
    {
        var reading = Assert.Single(_sut.Read(title, region: false));

        Assert.Equal(new Municipality(name, null, MunicipalityKind.Kommun), reading.Municipality);
    }

    [Theory]
    [InlineData("PM 1(8) Utvärdering enligt Kommunkompassen i xxxxx kommun.")]
    [InlineData("Kommun Kompassen 2010")]
    [InlineData("Kommunkompassen. Mäter i 4 dimensioner: Politiskt system. Tjänsteproduktion.")]
    [InlineData("Bergen kommune")]
    public void Read_NoMunicipality_FindsNone(string text) => Assert.Empty(_sut.Read(text, region: false));

    [Theory]
    [InlineData("Regionkompassen Landstinget i Stockholms län 2015", "Landstinget i Stockholms län", "Stockholm", "01")]
    [InlineData("Landstinget i Uppsala län", "Landstinget i Uppsala län", "Uppsala", "03")]
    [InlineData("Region Skåne", "Region Skåne", "Skåne", "12")]
    public void Read_RegionWording_FindsTheCounty(string text, string printed, string name, string code)
    {
        var reading = _sut.Read(text, region: true).First();

        Assert.Equal(printed, reading.Phrase.Printed);
        Assert.Equal(name, reading.Municipality.Name);
        Assert.Equal(code, reading.Municipality.Code?.Value);
        Assert.Equal(MunicipalityKind.Region, reading.Municipality.Kind);
    }

    [Fact]
    public void Read_LowerCaseFileName_FindsTheNameOnlyWhenAllowed()
    {
        Assert.Empty(_sut.Read("ljusdal kommunkompassen 2014", region: false));
        Assert.Equal("Ljusdal", _sut.Read("ljusdal kommunkompassen 2014", region: false, lowerCaseNames: true).Single().Municipality.Name);
    }

    [Theory]
    [InlineData("xxxxx", true)]
    [InlineData("NN", true)]
    [InlineData("[kommun]", true)]
    [InlineData("Täby", false)]
    public void IsPlaceholder_Name_TellsTemplatesFromNames(string name, bool expected)
        => Assert.Equal(expected, MunicipalityReader.IsPlaceholder(name));
}
