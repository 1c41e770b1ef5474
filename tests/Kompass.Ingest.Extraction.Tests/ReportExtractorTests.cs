using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.TestKit.Layout;
using static Kompass.Ingest.Extraction.Tests.Classification.SampleDocuments;

namespace Kompass.Ingest.Extraction.Tests;

public sealed class ReportExtractorTests
{
    [Fact]
    public void Extract_Analysis_SetsTypeEvidenceTitlePageCountAndWarnings()
    {
        var layout = Analysis(Cover(["KommunKompassen", "ANALYS AV", "VALLENTUNA KOMMUN"], "Leif Eldås, SKL"))
            .Warning("page 7 could not be read: bad stream")
            .Build();
        var sut = new ReportExtractor();

        var result = sut.Extract(layout, "vallentuna-2017.pdf");

        Assert.Equal(DocumentType.KommunKompassenAnalysis, result.Type);
        Assert.Null(result.Error);
        Assert.NotNull(result.TypeEvidence);
        Assert.Equal("KommunKompassen ANALYS AV VALLENTUNA KOMMUN", result.Title?.Value);
        Assert.Equal(5, result.PageCount);
        Assert.Equal(["page 7 could not be read: bad stream"], result.Warnings);
        Assert.False(result.Ocr);
    }

    [Fact]
    public void Extract_NoTextLayer_IsUnreadableWithReasonAndRunsNoParts()
    {
        var part = new RecordingPart("never");
        var sut = new ReportExtractor(parts: [part]);

        var result = sut.Extract(new LayoutBuilder().EmptyPages(3, images: 1).Build(), "scan.pdf");

        Assert.Equal(DocumentType.Unreadable, result.Type);
        Assert.Equal("no text layer: the pages are images or blank; OCR is not available yet", result.Error);
        Assert.Null(result.Title);
        Assert.Equal(3, result.PageCount);
        Assert.Empty(part.Seen);
    }

    [Fact]
    public void Extract_WithParts_RunsThemInOrderOnTheSharedContext()
    {
        var first = new RecordingPart("first");
        var second = new RecordingPart("second");
        var sut = new ReportExtractor(parts: [first, second]);

        var result = sut.Extract(new LayoutBuilder().Page(Cover(["Personalpolicy för Laholms kommun"])).Build(), "policy.pdf");

        Assert.Equal("first,second", result.QuestionSet);
        var context = Assert.Single(first.Seen);
        Assert.Equal("policy.pdf", context.FileName);
        Assert.Equal(DocumentType.RelatedDocument, context.Classification.Type);
        Assert.Single(context.Pages);
        Assert.Same(context, Assert.Single(second.Seen));
    }

    [Fact]
    public void Version_IsTheExtractionVersion()
        => Assert.Equal("extraction/0.10", new ReportExtractor().Version);

    private sealed class RecordingPart(string name) : IReportPartExtractor
    {
        public List<ExtractionContext> Seen { get; } = [];

        public ReportExtraction Extract(ExtractionContext context, ReportExtraction draft)
        {
            Seen.Add(context);
            return draft with { QuestionSet = draft.QuestionSet is null ? name : $"{draft.QuestionSet},{name}" };
        }
    }
}
