using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Validation;
using static Kompass.Ingest.Extraction.Tests.Validation.ValidationDocs;

namespace Kompass.Ingest.Extraction.Tests.Validation;

public sealed class PercentRuleTests
{
    private readonly PercentRule _sut = new(ValidationOptions.Default);

    [Theory]
    [InlineData(10, 15, 65)] // 9.75 rounds to 10: the example
    [InlineData(10, 15, 67)]
    [InlineData(10, 15, 70)] // 10.5: an unrounded 10.45 prints as 10 and 70 %
    [InlineData(7.5, 15, 50)]
    [InlineData(0, 10, 0)]
    public void Check_RoundingExplainsThePercent_RaisesNothing(double score, double max, double percent)
    {
        var doc = Analysis(Area(4, rows: Row("4.2", (decimal)score, (decimal)max, (decimal)percent)));

        Assert.Empty(_sut.Check(doc));
    }

    [Fact]
    public void Check_PercentFromAnotherScore_RaisesWithBothValues()
    {
        var doc = Analysis(Area(4, rows: [Row("4.1", 10, 15, 67), Row("4.2", 10, 15, 80, page: 16)]));

        var flag = Assert.Single(_sut.Check(doc));

        Assert.Equal((FlagCodes.PercentMismatch, FlagSeverity.Warning, 4, "4.2"), (flag.Code, flag.Severity, flag.Area, flag.Question));
        Assert.Equal("area 4, question 4.2: the score says 10 of 15 (p. 16), the percent says 80 % (p. 16), that is 12 points", flag.Message);
    }

    [Fact]
    public void Check_JustBeyondTheTolerance_Raises()
    {
        // |10 − 71·15/100| = 0.65 > 0.5 + 0.075
        var doc = Analysis(Area(4, rows: Row("4.2", 10, 15, 71)));

        Assert.Single(_sut.Check(doc));
    }

    [Fact]
    public void Check_RowWithoutPercent_RaisesNothing()
    {
        Assert.Empty(_sut.Check(Analysis(Area(4, rows: Row("4.2", 10, 15, null)))));
    }
}
