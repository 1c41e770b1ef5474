using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Metadata;
using Kompass.Ingest.TestKit.Layout;
using Xunit.Abstractions;
using static Kompass.Ingest.Extraction.Tests.Metadata.ReportLayouts;

namespace Kompass.Ingest.Extraction.Tests.Metadata;

public sealed class MetadataExtractorTests(ITestOutputHelper output)
{
    private readonly MetadataExtractor _sut = new(MetadataDocument.Directory);

    [Fact]
    public void Extract_SeedReport_FillsEveryMetadataField()
    {
        var layout = Report(
            Cover(["KommunKompassen", "ANALYS AV", "VALLENTUNA KOMMUN"], "FEBRUARI 2017", "Leif Eldås, SKL", "Josephine Härdin, konsult"),
            "2017-06-25",
            "2 Vallentuna kommun: En sammanfattande genomgång",
            "Utvärderingen av Vallentuna kommun genomfördes i februari 2017 och var kommunens första",
            "utvärdering enligt Kommunkompassens kriterier. Utvärderarna har studerat dokument, granskat",
            "kommunens webbplats och genomfört intervjuer med ca 20 personer i organisationen.").Build();
        output.WriteLine(LayoutDescriber.Describe(layout));

        var result = MetadataDocument.Run(_sut, layout, fileName: "vallentuna-2017.pdf");

        Assert.Equal("VALLENTUNA KOMMUN", result.MunicipalityAsPrinted?.Value);
        Assert.Equal(new Municipality("Vallentuna", result.Municipality?.Code, MunicipalityKind.Kommun), result.Municipality);
        Assert.Equal("0115", result.Municipality?.Code?.Value);
        Assert.Equal((2017, 2017, 2017, 2), (result.Year?.Value, result.TitleYear?.Value, result.TextYear?.Value, result.Month?.Value));
        Assert.Equal(new DateOnly(2017, 6, 25), result.ReportDate?.Value);
        Assert.Equal(["Leif Eldås", "Josephine Härdin"], result.Evaluators.Select(e => e.Value));
        Assert.Equal(1, result.EvaluationRound?.Value);
        Assert.Equal(20, result.InterviewCount?.Value);
        Assert.Null(result.FirstVisitDay);
    }

    [Fact]
    public void Extract_WiredIntoReportExtractor_RunsAsAPart()
    {
        var layout = Report(Cover(["Återkoppling Kommunkompass", "Kungälvs kommun 2017"], "Anders Dryselius, Hylte kommun", "Lena Tegenfeldt, Orust kommun"), "2017-12-01",
            "Utvärderingen av Kungälvs kommun genomfördes i oktober 2017.").Build();
        var sut = new ReportExtractor(parts: [_sut]);

        var result = sut.Extract(layout, "Återkoppling 2017.pdf");

        Assert.Equal(DocumentType.KommunKompassenFeedback, result.Type);
        Assert.Equal("Kungälv", result.Municipality?.Name);
        Assert.Equal(10, result.Month?.Value);
        Assert.Equal(["Anders Dryselius", "Lena Tegenfeldt"], result.Evaluators.Select(e => e.Value));
    }

    [Fact]
    public void Extract_Unreadable_LeavesTheDraft()
    {
        var layout = new LayoutBuilder().EmptyPages(2).Build();
        var (context, _) = MetadataDocument.Of(layout);
        var draft = ReportExtraction.Unreadable("no text");

        Assert.Same(draft, _sut.Extract(context, draft));
    }
}
