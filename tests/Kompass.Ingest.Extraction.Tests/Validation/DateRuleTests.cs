using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Validation;
using static Kompass.Ingest.Extraction.Tests.Validation.ValidationDocs;

namespace Kompass.Ingest.Extraction.Tests.Validation;

public sealed class DateRuleTests
{
    private readonly DateRule _sut = new(ValidationOptions.Default);

    [Fact]
    public void Check_YearsAgreeAndDatedAfterTheVisit_RaisesNothing()
    {
        Assert.Empty(_sut.Check(CleanAnalysis()));
    }

    [Fact]
    public void Check_DatedInTheMonthOfTheEvaluation_RaisesNothing()
    {
        Assert.Empty(_sut.Check(CleanAnalysis() with { ReportDate = Sourced.Of(new DateOnly(2017, 10, 1), At(2)) }));
    }

    [Fact]
    public void Check_TitleYearDiffersFromTextYear_RaisesWithBoth()
    {
        var flag = Assert.Single(_sut.Check(CleanAnalysis() with { TitleYear = Sourced.Of(2014, At(1)), TextYear = Sourced.Of(2013, At(3)) }));

        Assert.Equal((FlagCodes.DateMismatch, FlagSeverity.Warning), (flag.Code, flag.Severity));
        Assert.Equal("the title says 2014 (p. 1), the text says 2013 (p. 3)", flag.Message);
    }

    [Fact]
    public void Check_DatedBeforeTheFirstVisitDay_Raises()
    {
        var doc = CleanAnalysis() with
        {
            FirstVisitDay = Sourced.Of(new DateOnly(2017, 10, 12), At(3)),
            ReportDate = Sourced.Of(new DateOnly(2017, 10, 2), At(2)),
        };

        var flag = Assert.Single(_sut.Check(doc));

        Assert.Equal("the report is dated 2017-10-02 (p. 2), before the evaluation (2017-10-12 (p. 3))", flag.Message);
    }

    [Fact]
    public void Check_DatedBeforeTheYearWithoutMonth_Raises()
    {
        var doc = CleanAnalysis() with { Month = null, ReportDate = Sourced.Of(new DateOnly(2016, 12, 20), At(2)) };

        var flag = Assert.Single(_sut.Check(doc));

        Assert.Equal("the report is dated 2016-12-20 (p. 2), before the evaluation (2017 (p. 1))", flag.Message);
    }

    [Fact]
    public void Check_PmMemoDatedBeforeTheVisit_RaisesNothing()
    {
        var memo = new ReportExtraction
        {
            Type = DocumentType.KommunKompassenPm,
            Year = Sourced.Of(2017, At(1)),
            ReportDate = Sourced.Of(new DateOnly(2016, 11, 1), At(1)),
        };

        Assert.Empty(_sut.Check(memo));
    }
}
