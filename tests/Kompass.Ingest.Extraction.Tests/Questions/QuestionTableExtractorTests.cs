using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Questions;
using Kompass.Ingest.TestKit.Layout;
using static Kompass.Ingest.Extraction.Tests.Questions.QuestionSamples;

namespace Kompass.Ingest.Extraction.Tests.Questions;

public sealed class QuestionTableExtractorTests
{
    private static readonly Kompass.Ingest.Domain.Layout.DocumentLayout TwoAreas = new LayoutBuilder().Page(p =>
    {
        var below = QuestionTableDrawer.Draw(p, 780, "1. Offentlighet och demokrati", Area1, Area1Total, new TableDrawing());
        QuestionTableDrawer.Draw(p, below - 30, "2. Tillgänglighet och brukarorientering", Area2, Area2Total, new TableDrawing());
    }).Build();

    [Fact]
    public void Extract_Analysis_FillsQuestionsAndTotalsAndKeepsWhatOtherPartsSet()
    {
        var name = Sourced.Of("Offentlighet och demokrati", Provenance.Derived("test"));
        var draft = new ReportExtraction
        {
            Type = DocumentType.KommunKompassenAnalysis,
            Areas = [new AreaExtraction { Number = 1, Name = name }, new AreaExtraction { Number = 5 }],
        };
        var sut = new QuestionTableExtractor();

        var result = sut.Extract(PartContext.For(TwoAreas, DocumentType.KommunKompassenAnalysis), draft);

        Assert.Equal([1, 2, 5], result.Areas.Select(a => a.Number));
        Assert.Same(name, result.Areas[0].Name);
        Assert.Equal(["1.1", "1.2", "1.3", "1.4", "1.5"], result.Areas[0].Questions.Select(q => q.Id.Value));
        Assert.Equal(71m, result.Areas[0].TableTotal?.Value);
        Assert.Equal(100m, result.Areas[0].TableTotalMax?.Value);
        Assert.Equal(5, result.Areas[1].Questions.Count);
        Assert.Empty(result.Areas[2].Questions);
    }

    [Theory]
    [InlineData(DocumentType.RelatedDocument)]
    [InlineData(DocumentType.KommunKompassenPm)]
    public void Extract_DocumentWithoutScores_LeavesTheDraftAlone(DocumentType type)
    {
        var draft = new ReportExtraction { Type = type };
        var sut = new QuestionTableExtractor();

        var result = sut.Extract(PartContext.For(TwoAreas, type), draft);

        Assert.Same(draft, result);
    }
}
