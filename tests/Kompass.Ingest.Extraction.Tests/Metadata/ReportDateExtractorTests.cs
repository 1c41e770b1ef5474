using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Metadata;
using Kompass.Ingest.TestKit.Layout;
using static Kompass.Ingest.Extraction.Tests.Metadata.ReportLayouts;

namespace Kompass.Ingest.Extraction.Tests.Metadata;

public sealed class ReportDateExtractorTests
{
    private readonly ReportDateExtractor _sut = new();

    [Theory]
    [InlineData("2017-06-25", 2017, 6, 25)]
    [InlineData("16 maj 2010", 2010, 5, 16)]
    public void Extract_DateInRunningHeader_IsTheReportDate(string printed, int year, int month, int day)
    {
        var layout = Report(Cover(["KommunKompassen", "VALLENTUNA KOMMUN", "FEBRUARI 2017"]), printed).Build();

        var result = MetadataDocument.Run(_sut, layout);

        Assert.Equal(new DateOnly(year, month, day), result.ReportDate?.Value);
        Assert.Equal(printed, result.ReportDate?.Source.RawText);
        Assert.Equal(2, result.ReportDate?.Source.Page);
    }

    [Fact]
    public void Extract_DateLineOnTheCoverOnly_IsTheReportDate()
    {
        var layout = Report(Cover(["Regionkompassen", "Landstinget i Stockholms", "län 2015"], "7 augusti 2015", "Utvärderare"), "Regionkompassen").Build();

        var result = MetadataDocument.Run(_sut, layout, DocumentType.Regionkompassen);

        Assert.Equal(new DateOnly(2015, 8, 7), result.ReportDate?.Value);
        Assert.Equal(1, result.ReportDate?.Source.Page);
    }

    [Fact]
    public void Extract_OnlyMonthOrVisitRange_HasNoReportDate()
    {
        var layout = new LayoutBuilder().Page(p => p
            .Text("KOMMUNKOMPASSEN Analys av Eda kommun", 72, 700, size: 24, bold: true)
            .Text("5–7 oktober 2002", 72, 660, size: 12)
            .Text("juni 2017", 72, 640, size: 12)).Build();

        Assert.Null(MetadataDocument.Run(_sut, layout).ReportDate);
    }

    [Fact]
    public void Extract_DatesInATableOnTheFirstPage_AreNoReportDate()
    {
        var layout = new LayoutBuilder().Page(p => p
            .Text("Åtgärder för kommunens förbättringsområden", 62, 727, size: 23, bold: true)
            .Text("Ta fram en strategi och följ upp den årligen", 62, 476, size: 10.5)
            .Text("Kommundirektör", 371, 476, size: 10.5)
            .Text("2015-04-15", 480, 476, size: 10.5)).Build();

        Assert.Null(MetadataDocument.Run(_sut, layout, DocumentType.RelatedDocument).ReportDate);
    }
}
