using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Metadata;
using Kompass.Ingest.TestKit.Layout;
using static Kompass.Ingest.Extraction.Tests.Metadata.ReportLayouts;

namespace Kompass.Ingest.Extraction.Tests.Metadata;

public sealed class EvaluationDateExtractorTests
{
    private readonly EvaluationDateExtractor _sut = new();

    [Fact]
    public void Extract_MonthAndYearInTitle_SetsYearMonthAndTitleYear()
    {
        var layout = Report(Cover(["KommunKompassen", "ORSA KOMMUN", "SEPTEMBER 2013"], "Stefan Holmgren, SKL"), "2013-10-11",
            "Utvärderingen av Orsa kommun genomfördes i september 2013 och var kommunens första utvärdering.").Build();

        var result = MetadataDocument.Run(_sut, layout);

        Assert.Equal((2013, 2013, 2013, 9), (result.Year?.Value, result.TitleYear?.Value, result.TextYear?.Value, result.Month?.Value));
        Assert.Equal(1, result.Month?.Source.Page);
        Assert.Equal("SEPTEMBER 2013", result.Month?.Source.RawText);
        Assert.Null(result.FirstVisitDay);
    }

    [Fact]
    public void Extract_TitleAndTextDisagree_KeepsBothYearsAndTheTitleWins()
    {
        var layout = Report(Cover(["KommunKompassen", "BOLLEBYGDS KOMMUN", "2017"]), "2018-01-16",
            "Utvärderingen av Bollebygds kommun genomfördes i november 2016 och var kommunens andra utvärdering.").Build();

        var result = MetadataDocument.Run(_sut, layout);

        Assert.Equal(2017, result.TitleYear?.Value);
        Assert.Equal(2016, result.TextYear?.Value);
        Assert.Equal(2017, result.Year?.Value);
        Assert.Equal(11, result.Month?.Value);
        Assert.Equal(2, result.TextYear?.Source.Page);
    }

    [Fact]
    public void Extract_SeasonInText_GivesTheYearButNoMonth()
    {
        var layout = Report(Cover(["Kommun Kompassen"], "Lars Strid, SKL"), "2016-12-01",
            "Utvärderingen av Vårgårda kommun genomfördes under hösten 2016 enligt Kommunkompassens kriterier.").Build();

        var result = MetadataDocument.Run(_sut, layout);

        Assert.Null(result.TitleYear);
        Assert.Equal(2016, result.TextYear?.Value);
        Assert.Equal(2016, result.Year?.Value);
        Assert.Null(result.Month);
    }

    [Fact]
    public void Extract_VisitDaysInText_SetsMonthAndFirstVisitDay()
    {
        var layout = Report(Cover(["KommunKompassen", "SKURUPS KOMMUN 2010"]), "2011-01-20",
            "Utvärderingen genomfördes den 13–15 december 2010. Intervjuer gjordes med ca 30 personer.").Build();

        var result = MetadataDocument.Run(_sut, layout);

        Assert.Equal(12, result.Month?.Value);
        Assert.Equal(new DateOnly(2010, 12, 13), result.FirstVisitDay?.Value);
        Assert.Equal("13–15 december 2010", result.FirstVisitDay?.Source.RawText);
    }

    [Fact]
    public void Extract_VisitDateInTitle_SetsMonthAndDay()
    {
        var layout = Report(Cover(["KOMMUNKOMPASSEN", "Analys av Sollefteå kommun", "8 februari 2005"]), "2005-03-31").Build();

        var result = MetadataDocument.Run(_sut, layout);

        Assert.Equal((2005, 2), (result.Year?.Value, result.Month?.Value));
        Assert.Equal(new DateOnly(2005, 2, 8), result.FirstVisitDay?.Value);
    }

    [Fact]
    public void Extract_MonthLineBelowTitle_IsTheEvaluationMonth()
    {
        var layout = Report(Cover(["KommunKompassen", "ANALYS AV", "VALLENTUNA KOMMUN"], "FEBRUARI 2017", "Leif Eldås, SKL"), "2017-06-25").Build();

        var result = MetadataDocument.Run(_sut, layout);

        Assert.Equal((2017, 2017, 2), (result.Year?.Value, result.TitleYear?.Value, result.Month?.Value));
    }

    [Fact]
    public void Extract_ReportDateOnTheCoverOnly_GivesNoMonth()
    {
        var layout = Report(Cover(["Regionkompass – en", "pilotstudie 2015"], "Landstinget i Uppsala län", "18 juli 2015"), "Regionkompassen",
            "Utvärderingen av Landstinget i Uppsala län genomfördes under 2015 enligt Kommunkompassens kriterier.").Build();

        var result = MetadataDocument.Run(_sut, layout, DocumentType.Regionkompassen);

        Assert.Equal(2015, result.Year?.Value);
        Assert.Null(result.Month);
    }

    [Fact]
    public void Extract_EarlierEvaluationMentionedFirst_DatesTheOneThatNamesTheMunicipality()
    {
        var layout = Report(Cover(["Kommun Kompassen"]), "2012-06-01",
            "Den första utvärderingen i Sverige genomfördes 2002 med Kommunkompassen.",
            "Utvärderingen av Kinda kommun genomfördes i mars 2012 enligt kriterierna.").Build();
        var (context, draft) = MetadataDocument.Of(layout);
        draft = draft with { Municipality = new Municipality("Kinda", null, MunicipalityKind.Kommun) };

        var result = _sut.Extract(context, draft);

        Assert.Equal((2012, 3), (result.Year?.Value, result.Month?.Value));
    }

    [Fact]
    public void Extract_NothingButRunningHeaderDate_TakesTheYearNotTheMonth()
    {
        var layout = Report(Cover(["Kommun Kompassen"]), "16 maj 2010", "Text utan datum.").Build();

        var result = MetadataDocument.Run(_sut, layout);

        Assert.Equal(2010, result.Year?.Value);
        Assert.Null(result.TitleYear);
        Assert.Null(result.Month);
    }

    [Fact]
    public void Extract_RelatedDocument_TakesOnlyTheTitleYear()
    {
        var layout = new LayoutBuilder()
            .Page(p => p.Text("2019 Strategisk plan", 72, 700, size: 24, bold: true).Text("Antagen 2018-11-20", 72, 660, size: 11))
            .Build();

        var result = MetadataDocument.Run(_sut, layout, DocumentType.RelatedDocument);

        Assert.Equal(2019, result.Year?.Value);
        Assert.Null(result.Month);
    }
}
