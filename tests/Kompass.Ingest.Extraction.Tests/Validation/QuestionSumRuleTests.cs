using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Validation;
using static Kompass.Ingest.Extraction.Tests.Validation.ValidationDocs;

namespace Kompass.Ingest.Extraction.Tests.Validation;

public sealed class QuestionSumRuleTests
{
    private readonly QuestionSumRule _sut = new(ValidationOptions.Default);

    [Fact]
    public void Check_RowsAddTo77AgainstA76ThePercentsExplain_RaisesNothing()
    {
        // 78 % of 20 is 15.6 (printed 16), 75 % is 15: unrounded the rows add up to 75.7–76.7.
        var doc = Analysis(Area(4, total: 76, rows:
        [
            Row("4.1", 16, 20, 78), Row("4.2", 16, 20, 78), Row("4.3", 15, 20, 75), Row("4.4", 15, 20, 75), Row("4.5", 15, 20, 75),
        ]));

        Assert.Empty(_sut.Check(doc));
    }

    [Fact]
    public void Check_RowsWithoutPercentsWithinTheirRounding_RaisesNothing()
    {
        var doc = Analysis(Area(4, section: 76, rows: [Row("4.1", 16, 20, null), Row("4.2", 16, 20, null), Row("4.3", 15, 20, null), Row("4.4", 15, 20, null), Row("4.5", 15, 20, null)]));

        Assert.Empty(_sut.Check(doc));
    }

    [Fact]
    public void Check_PercentsPinTheRowsAwayFromTheTotal_RaisesWithBothValues()
    {
        // 80 % of 20 is exactly 16, 75 % exactly 15: unrounded 77.5–78.5, more than 0.5 above 76.
        var doc = Analysis(Area(4, total: 76, rows:
        [
            Row("4.1", 16, 20, 80), Row("4.2", 16, 20, 80), Row("4.3", 16, 20, 80), Row("4.4", 15, 20, 75), Row("4.5", 15, 20, 75),
        ]));

        var flag = Assert.Single(_sut.Check(doc));

        Assert.Equal((FlagCodes.QuestionSumMismatch, FlagSeverity.Warning, 4, (string?)null), (flag.Code, flag.Severity, flag.Area, flag.Question));
        Assert.Equal("area 4: rows add up to 78 (p. 15), the total row says 76 (p. 24); unrounded, the rows lie within 77.5–78.5", flag.Message);
    }

    [Fact]
    public void Check_NoTotalRow_ComparesWithTheSectionScore()
    {
        var doc = Analysis(Area(4, summary: 76, section: 76, rows: [Row("4.1", 20, 25, null), Row("4.2", 20, 25, null), Row("4.3", 20.5m, 25, null), Row("4.4", 21, 25, null)]));

        var flag = Assert.Single(_sut.Check(doc));

        Assert.Equal("area 4: rows add up to 81.5 (p. 15), the section says 76 (p. 14); unrounded, the rows lie within 79.5–83.5", flag.Message);
    }

    [Fact]
    public void Check_RowWithoutScore_RaisesNothing()
    {
        var doc = Analysis(Area(4, total: 10, rows: [Row("4.1", 20, 25, null), Row("4.2", null, 25, null)]));

        Assert.Empty(_sut.Check(doc));
    }

    [Fact]
    public void Check_OnlyASummaryScore_RaisesNothing()
    {
        Assert.Empty(_sut.Check(Analysis(Area(4, summary: 10, rows: Row("4.1", 20, 25, null)))));
    }
}
