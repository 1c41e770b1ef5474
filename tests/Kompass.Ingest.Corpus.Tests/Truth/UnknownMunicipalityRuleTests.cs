using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Corpus.Tests.Support;
using Kompass.Ingest.Corpus.Truth.Rules;
using Kompass.Ingest.Domain.Reports;
using static Kompass.Ingest.Corpus.Tests.Support.Reports;

namespace Kompass.Ingest.Corpus.Tests.Truth;

public sealed class UnknownMunicipalityRuleTests
{
    private readonly UnknownMunicipalityRule _sut = new();

    [Theory]
    [InlineData("Vallentuna", MunicipalityKind.Kommun, false)]
    [InlineData("Upplands Väsby", MunicipalityKind.Kommun, false)]
    [InlineData("Gotland", MunicipalityKind.Kommun, false)]
    [InlineData("Vallentunna", MunicipalityKind.Kommun, true)]
    [InlineData("Mariehamn", MunicipalityKind.Kommun, true)]
    [InlineData("Kalmar", MunicipalityKind.Region, false)]
    [InlineData("Vallentuna", MunicipalityKind.Region, true)]
    public void Check_Name_FlagsOnlyNamesOffTheOfficialList(string name, MunicipalityKind kind, bool flagged)
    {
        var report = Analysis() with { Municipality = new PrintedMunicipality(name, null, kind, name) };

        Assert.Equal(flagged, _sut.Check(report, TestContext.Rules2016).Any());
    }
}
