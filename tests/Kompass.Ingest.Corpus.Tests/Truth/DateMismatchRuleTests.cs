using Kompass.Ingest.Corpus.Tests.Support;
using Kompass.Ingest.Corpus.Truth.Rules;
using Kompass.Ingest.Domain.Reports;
using static Kompass.Ingest.Corpus.Tests.Support.Reports;

namespace Kompass.Ingest.Corpus.Tests.Truth;

public sealed class DateMismatchRuleTests
{
    private readonly DateMismatchRule _sut = new();

    [Fact]
    public void Check_TitleAndTextAgreeAndDateAfterTheVisit_IsConsistent()
    {
        var report = Analysis() with { Month = 2, ReportDate = new DateOnly(2017, 6, 25) };

        Assert.Empty(_sut.Check(report, TestContext.Rules2016));
    }

    [Fact]
    public void Check_TextYearDiffersFromTitleYear_Flags()
    {
        var flag = Assert.Single(_sut.Check(Analysis() with { TextYear = 2016 }, TestContext.Rules2016));

        Assert.Equal(FlagCodes.DateMismatch, flag.Code);
    }

    [Fact]
    public void Check_TitleWithoutYear_HasNoYearToCompare()
    {
        var report = Analysis() with { Title = "KOMMUNKOMPASSEN ANALYS AV VALLENTUNA KOMMUN", TextYear = 2016, Year = 2016 };

        Assert.Empty(_sut.Check(report, TestContext.Rules2016));
    }

    [Theory]
    [InlineData(2017, 12, 12, false)] // the first visit day itself
    [InlineData(2017, 12, 11, true)]
    public void Check_ReportDateAgainstTheFirstVisitDay(int year, int month, int day, bool flagged)
    {
        var report = Analysis() with
        {
            VisitStart = new DateOnly(2017, 12, 12),
            VisitEnd = new DateOnly(2017, 12, 14),
            Month = 12,
            ReportDate = new DateOnly(year, month, day),
        };

        Assert.Equal(flagged, _sut.Check(report, TestContext.Rules2016).Any());
    }

    [Theory]
    [InlineData(2, 2017, 1, 31, true)] // before 1 February
    [InlineData(2, 2017, 2, 1, false)]
    [InlineData(null, 2016, 12, 31, true)] // before 1 January
    [InlineData(null, 2017, 1, 1, false)]
    public void Check_ReportDateAgainstTheMonthElseTheYear(int? printedMonth, int year, int month, int day, bool flagged)
    {
        var report = Analysis() with { Month = printedMonth, ReportDate = new DateOnly(year, month, day) };

        Assert.Equal(flagged, _sut.Check(report, TestContext.Rules2016).Any());
    }
}
