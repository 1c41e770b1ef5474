using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Validation;
using static Kompass.Ingest.Extraction.Tests.Validation.ValidationDocs;

namespace Kompass.Ingest.Extraction.Tests.Validation;

public sealed class ScoreRangeRuleTests
{
    private readonly ScoreRangeRule _sut = new(ValidationOptions.Default);

    [Fact]
    public void Check_ScoresWithinRange_RaisesNothing()
    {
        var doc = Analysis(Area(3, 100, 100, 100, Row("3.1", 15, 15, 100), Row("3.2", 0, 20, 0)));

        Assert.Empty(_sut.Check(doc));
    }

    [Fact]
    public void Check_RowScoreAboveItsMax_RaisesErrorOnTheRow()
    {
        var doc = Analysis(Area(3, rows: [Row("3.3", 25, 20, 100, page: 17)]));

        var flag = Assert.Single(_sut.Check(doc));

        Assert.Equal((FlagCodes.ScoreOutOfRange, FlagSeverity.Error, 3, "3.3"), (flag.Code, flag.Severity, flag.Area, flag.Question));
        Assert.Equal("area 3, question 3.3: the score 25 (p. 17) is above its max 20 (p. 17)", flag.Message);
    }

    [Fact]
    public void Check_PercentAbove100_Raises()
    {
        var flag = Assert.Single(_sut.Check(Analysis(Area(3, rows: Row("3.1", 10, 10, 110)))));

        Assert.Equal("area 3, question 3.1: the percent 110 % (p. 15) is outside 0–100", flag.Message);
    }

    [Fact]
    public void Check_NegativeScore_Raises()
    {
        var flag = Assert.Single(_sut.Check(Analysis(Area(3, rows: Row("3.1", -2, 10, null)))));

        Assert.Equal("area 3, question 3.1: the score -2 (p. 15) is negative", flag.Message);
    }

    [Fact]
    public void Check_AreaScoreAbove100_RaisesOneErrorOnTheArea()
    {
        var doc = Analysis(Area(4, summary: 140, section: 140));

        var flag = Assert.Single(_sut.Check(doc));

        Assert.Equal((FlagCodes.ScoreOutOfRange, FlagSeverity.Error, 4, (string?)null), (flag.Code, flag.Severity, flag.Area, flag.Question));
        Assert.Equal("area 4: the summary says 140 (p. 4), outside 0–100", flag.Message);
    }
}
