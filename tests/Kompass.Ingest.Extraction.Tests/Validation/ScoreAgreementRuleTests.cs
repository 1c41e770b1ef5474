using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Validation;
using static Kompass.Ingest.Extraction.Tests.Validation.ValidationDocs;

namespace Kompass.Ingest.Extraction.Tests.Validation;

public sealed class ScoreAgreementRuleTests
{
    private readonly ScoreAgreementRule _sut = new(ValidationOptions.Default);

    [Theory]
    [InlineData(76, 76, 76)]
    [InlineData(76, 76.4, 76)] // a section printing a decimal the summary rounds
    [InlineData(77, 76.5, 76.5)]
    public void Check_ScoresAgreeUpToTheirPrinting_RaisesNothing(double summary, double section, double total)
    {
        Assert.Empty(_sut.Check(Analysis(Area(2, (decimal)summary, (decimal)section, (decimal)total))));
    }

    [Fact]
    public void Check_SummaryAndSectionDiffer_RaisesWithBothValues()
    {
        var flag = Assert.Single(_sut.Check(Analysis(Area(2, summary: 76, section: 81))));

        Assert.Equal((FlagCodes.SummarySectionMismatch, FlagSeverity.Warning, 2), (flag.Code, flag.Severity, flag.Area));
        Assert.Equal("area 2: the summary says 76 (p. 4), the section says 81 (p. 12)", flag.Message);
    }

    [Fact]
    public void Check_IntegersOneApart_Raises()
    {
        var flag = Assert.Single(_sut.Check(Analysis(Area(2, section: 76, total: 77))));

        Assert.Equal("area 2: the section says 76 (p. 12), the question table's total row says 77 (p. 22)", flag.Message);
    }
}
