using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Validation;
using static Kompass.Ingest.Extraction.Tests.Validation.ValidationDocs;

namespace Kompass.Ingest.Extraction.Tests.Validation;

public sealed class TotalRuleTests
{
    private readonly TotalRule _sut = new(ValidationOptions.Default);

    [Fact]
    public void Check_AreasAddUpToTheTotal_RaisesNothing()
    {
        Assert.Empty(_sut.Check(CleanAnalysis()));
    }

    [Fact]
    public void Check_DifferenceOfFour_RaisesInfo()
    {
        var flag = Assert.Single(_sut.Check(CleanAnalysis() with { Total = N(484, 5) }));

        Assert.Equal((FlagCodes.TotalMismatch, FlagSeverity.Info, (int?)null), (flag.Code, flag.Severity, flag.Area));
        Assert.Equal("the area scores add up to 480 (p. 4), the total says 484 (p. 5)", flag.Message);
    }

    [Fact]
    public void Check_DifferenceAboveFour_RaisesWarning()
    {
        var flag = Assert.Single(_sut.Check(CleanAnalysis() with { Total = N(470, 4) }));

        Assert.Equal(FlagSeverity.Warning, flag.Severity);
        Assert.Equal("the area scores add up to 480 (p. 4), the total says 470 (p. 4)", flag.Message);
    }

    [Fact]
    public void Check_TolerancesFromOptions_DecideTheSeverity()
    {
        var sut = new TotalRule(new ValidationOptions { TotalInfoAtMost = 10 });

        Assert.Equal(FlagSeverity.Info, Assert.Single(sut.Check(CleanAnalysis() with { Total = N(470, 4) })).Severity);
    }

    [Fact]
    public void Check_AnAreaWithoutScore_RaisesNothing()
    {
        var clean = CleanAnalysis();

        Assert.Empty(_sut.Check(clean with { Areas = clean.Areas.Skip(1).ToList(), Total = N(400, 4) }));
    }
}
