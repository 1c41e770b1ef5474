using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Frameworks;
using Kompass.Ingest.Extraction.Tests.Questions;
using Kompass.Ingest.TestKit.Layout;

namespace Kompass.Ingest.Extraction.Tests.Frameworks;

public sealed class FrameworkExtractorTests
{
    private static readonly Kompass.Ingest.Domain.Layout.DocumentLayout Overview2020 = new LayoutBuilder().Page(p =>
    {
        string[] names = ["1. Samspel mellan förtroendevalda och medborgare", "2. Samhällsutveckling", "3. Styrning och kontroll", "4. Effektivitet"];
        for (var k = 0; k < names.Length; k++)
        {
            p.Text(names[k], 57, 700 - (k * 14), 10).Text("6" + k, 400, 700 - (k * 14), 10);
        }
    }).Build();

    [Fact]
    public void Extract_ScoredDocument_SetsRevisionAndSetFromPrintedNames()
    {
        var sut = new FrameworkExtractor(Catalogs.Load());

        var result = sut.Extract(PartContext.For(Overview2020, DocumentType.KommunKompassenFeedback), new ReportExtraction { Type = DocumentType.KommunKompassenFeedback });

        Assert.Equal(FrameworkRevision.Rev2020, result.Framework);
        Assert.Equal("2020", result.QuestionSet);
    }

    [Fact]
    public void Extract_QuestionRowsInTheDraft_ChooseTheQuestionSet()
    {
        var rows = new (string Id, decimal Max)[] { ("1.1", 15), ("1.2", 20), ("1.3", 25), ("1.4", 30), ("1.5", 10) }
            .Select(r => new QuestionRow(Sourced.Of(r.Id, Provenance.Derived("test")), Sourced.Of("?", Provenance.Derived("test")), null, Sourced.Of(r.Max, Provenance.Derived("test")), null))
            .ToList();
        var draft = new ReportExtraction
        {
            Type = DocumentType.KommunKompassenAnalysis,
            Areas = [new AreaExtraction { Number = 1, Name = Sourced.Of("Offentlighet och demokrati", Provenance.Derived("test")), Questions = rows }],
        };
        var sut = new FrameworkExtractor(Catalogs.Load());

        var result = sut.Extract(PartContext.For(new LayoutBuilder().EmptyPages(1).Build(), DocumentType.KommunKompassenAnalysis), draft);

        Assert.Equal(FrameworkRevision.Rev2010, result.Framework);
        Assert.Equal("2016", result.QuestionSet);
    }

    [Fact]
    public void Extract_RelatedDocument_HasNoFramework()
    {
        var sut = new FrameworkExtractor(Catalogs.Load());
        var draft = new ReportExtraction { Type = DocumentType.RelatedDocument, Framework = FrameworkRevision.Rev2010, QuestionSet = "2016" };

        var result = sut.Extract(PartContext.For(Overview2020, DocumentType.RelatedDocument), draft);

        Assert.Null(result.Framework);
        Assert.Null(result.QuestionSet);
    }
}
