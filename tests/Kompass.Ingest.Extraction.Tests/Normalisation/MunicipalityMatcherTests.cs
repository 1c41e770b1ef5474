using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Extraction.Tests.Normalisation;

public sealed class MunicipalityMatcherTests
{
    private static readonly MunicipalityMatcher Sut = new(ShippedDirectory());

    [Theory]
    [InlineData("Helsingborgs stad", "Helsingborg", "1283")]
    [InlineData("HELSINGBORGS STAD", "Helsingborg", "1283")]
    [InlineData("Västerås stads", "Västerås", "1980")]
    [InlineData("SIMRISHAMNS KOMMUN", "Simrishamn", "1291")]
    [InlineData("Region Gotland", "Gotland", "0980")]
    [InlineData("REGION GOTLAND", "Gotland", "0980")]
    [InlineData("Upplands Väsby", "Upplands Väsby", "0114")]
    [InlineData("Upplands-Bro kommun", "Upplands-Bro", "0139")]
    [InlineData("Malung-Sälens kommun", "Malung-Sälen", "2023")]
    [InlineData("Borås Stad", "Borås", "1490")]
    [InlineData("Vännäs kommun", "Vännäs", "2460")]
    [InlineData("ÖRNSKÖLDSVIKS KOMMUN", "Örnsköldsvik", "2284")]
    [InlineData("Lilla  Edet", "Lilla Edet", "1462")]
    public void MatchKommun_PrintedForm_FindsOfficialName(string printed, string name, string code)
    {
        var match = Sut.MatchKommun(printed);

        Assert.NotNull(match);
        Assert.Equal(name, match.Name);
        Assert.Equal(code, match.Code?.Value);
        Assert.Equal(MunicipalityKind.Kommun, match.Kind);
    }

    [Theory]
    [InlineData("Upplands")]
    [InlineData("Xxxxx kommun")]
    [InlineData("Bergen kommune")]
    [InlineData("")]
    public void MatchKommun_NoOfficialName_ReturnsNull(string printed)
        => Assert.Null(Sut.MatchKommun(printed));

    [Theory]
    [InlineData("Region Kalmar län", "08")]
    [InlineData("Landstinget i Kalmar län", "08")]
    [InlineData("Region Skåne", "12")]
    public void MatchRegion_PrintedForm_FindsCounty(string printed, string code)
    {
        var match = Sut.MatchRegion(printed);

        Assert.NotNull(match);
        Assert.Equal(code, match.Code?.Value);
        Assert.Equal(MunicipalityKind.Region, match.Kind);
    }

    private static MunicipalityDirectory ShippedDirectory()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "pipelines", "reference");
        return MunicipalityDirectory.Parse(File.ReadAllText(Path.Combine(folder, "kommuner.csv")), File.ReadAllText(Path.Combine(folder, "lan.csv")));
    }
}
