using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Validation;
using static Kompass.Ingest.Extraction.Tests.Validation.ValidationDocs;

namespace Kompass.Ingest.Extraction.Tests.Validation;

public sealed class MunicipalityRuleTests
{
    private readonly MunicipalityRule _sut = new(Municipalities);

    [Fact]
    public void Check_OfficialMunicipality_RaisesNothing()
    {
        Assert.Empty(_sut.Check(CleanAnalysis()));
    }

    [Fact]
    public void Check_NoMunicipalityNamed_RaisesNothing()
    {
        Assert.Empty(_sut.Check(CleanAnalysis() with { MunicipalityAsPrinted = null, Municipality = null }));
    }

    [Fact]
    public void Check_PrintedNameNotInTheList_RaisesWithTheName()
    {
        var doc = CleanAnalysis() with
        {
            MunicipalityAsPrinted = Sourced.Of("Jomala kommun", At(1)),
            Municipality = new Municipality("Jomala", null, MunicipalityKind.Kommun),
        };

        var flag = Assert.Single(_sut.Check(doc));

        Assert.Equal((FlagCodes.UnknownMunicipality, FlagSeverity.Warning, (int?)null), (flag.Code, flag.Severity, flag.Area));
        Assert.Equal("the document names \"Jomala kommun\" (p. 1), the official list of municipalities has no such name", flag.Message);
    }

    [Fact]
    public void Check_OfficialRegion_RaisesNothing()
    {
        var region = new Municipality("Västernorrland", Municipalities.Counties.Single(c => c.ShortName == "Västernorrland").Code, MunicipalityKind.Region);
        var doc = CleanAnalysis() with { Type = DocumentType.Regionkompassen, MunicipalityAsPrinted = Sourced.Of("Landstinget Västernorrland", At(1)), Municipality = region };

        Assert.Empty(_sut.Check(doc));
    }
}
