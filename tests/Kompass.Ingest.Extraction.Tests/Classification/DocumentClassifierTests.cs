using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Classification;
using Kompass.Ingest.Extraction.Lines;
using Kompass.Ingest.TestKit.Layout;
using Xunit.Abstractions;
using static Kompass.Ingest.Extraction.Tests.Classification.SampleDocuments;

namespace Kompass.Ingest.Extraction.Tests.Classification;

public sealed class DocumentClassifierTests(ITestOutputHelper output)
{
    private readonly DocumentClassifier _sut = new();

    [Fact]
    public void Classify_AnalysisWithScores_IsAnalysisCitingItsEvidence()
    {
        var layout = Analysis(Cover(["KommunKompassen", "ANALYS AV", "VALLENTUNA KOMMUN", "FEBRUARI 2017"], "Leif Eldås, SKL", "Josephine Härdin, konsult")).Build();

        var result = Classify(layout);

        Assert.Equal(DocumentType.KommunKompassenAnalysis, result.Type);
        Assert.Contains("'Analys av'", result.Reason, StringComparison.Ordinal);
        Assert.Contains("a summary table with 8 areas", result.Reason, StringComparison.Ordinal);
        Assert.Contains("4 score rows", result.Reason, StringComparison.Ordinal);
        Assert.Contains("a TOTALT row", result.Reason, StringComparison.Ordinal);
        Assert.Equal(8, result.Signals.SummaryAreas);
        Assert.Equal(2, result.Signals.SectionScores);
    }

    [Theory]
    [InlineData("KOMMUNKOMPASSEN ANALYS AV SIMRISHAMNS KOMMUN", "UTVÄRDERARE: LARS STRID (F.D. SKL) OCH JOSEPHINE HÄRDIN")]
    [InlineData("Kommun Kompassen KALIX KOMMUN 2012 ANALYS AV", "Märit Melbi, SKL Ingmar Kärrsten, Halmstad")]
    [InlineData("KommunKompassen REGION GOTLAND 2014 ANALYS AV", "Utvärderare: Märit Melbi och Josephine Härdin")]
    public void Classify_RealCoverWordings_AreAnalyses(string cover, string evaluators)
    {
        var layout = Analysis(Cover(cover.Split(' ').Chunk(3).Select(c => string.Join(' ', c)).ToArray(), evaluators)).Build();

        Assert.Equal(DocumentType.KommunKompassenAnalysis, Classify(layout).Type);
    }

    [Fact]
    public void Classify_EvaluationMemoListingTheAreas_IsPm()
    {
        var layout = new LayoutBuilder()
            .Page(p => p.Text("PM", 72, 800, size: 12, bold: true).Text("1(8)", 500, 800, size: 10)
                .Text("Utvärdering enligt Kommunkompassen i Sundbybergs kommun", 72, 740, size: 16, bold: true)
                .Paragraph(["Syftet med utvärderingen är att ge kommunen en bild av styrkor och förbättringsområden."], 72, 700))
            .Page(Body(AreaNames.Select((n, i) => $"Område {i + 1} {n}").ToArray()))
            .Build();

        var result = Classify(layout);

        Assert.Equal(DocumentType.KommunKompassenPm, result.Type);
        Assert.Contains("PM", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_ActionPlanAfterTheEvaluation_IsRelatedNotTheMemo()
    {
        var layout = new LayoutBuilder()
            .Page(p => p.Text("Åtgärder för kommunens förbättringsområden", 72, 780, size: 18, bold: true)
                .Text("Handlingsplan efter utvärdering enligt Kommunkompassen", 72, 750, size: 12)
                .Paragraph(["Planen redovisar de åtgärder som kommunen vidtar utifrån förbättringsområdena."], 72, 700))
            .Page(Body(AreaNames.Select((n, i) => $"{i + 1}. {n}").ToArray()))
            .Build();

        var result = Classify(layout);

        Assert.Equal(DocumentType.RelatedDocument, result.Type);
    }

    [Fact]
    public void Classify_FeedbackDeckWithAreaScores_IsFeedback()
    {
        var layout = new LayoutBuilder()
            .Page(Cover(["Återkoppling", "Kommunkompass"], "Tyresö kommun"))
            .Page(SummaryTable)
            .Build();

        var result = Classify(layout);

        Assert.Equal(DocumentType.KommunKompassenFeedback, result.Type);
        Assert.Contains("a summary table with 8 areas", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_RegionkompassCover_IsRegionkompassen()
    {
        var layout = new LayoutBuilder().Page(Cover(["Regionkompass", "- en pilotstudie 2014"])).Page(Body("Landstinget i Kalmar län")).Build();

        Assert.Equal(DocumentType.Regionkompassen, Classify(layout).Type);
    }

    [Fact]
    public void Classify_PolicyMentioningKommunkompassen_IsRelatedDocument()
    {
        var layout = new LayoutBuilder()
            .Page(Cover(["Kvalitetspolicy"], "Antagen av kommunfullmäktige"))
            .Page(Body(
                "Kommunen utvärderades enligt Kommunkompassen 2015 och fick 555 poäng totalt.",
                "Förbättringsområden från Kommunkompassen följs upp årligen.",
                "Område 1 och Område 2 prioriteras under 2016."))
            .Build();

        var result = Classify(layout);

        Assert.Equal(DocumentType.RelatedDocument, result.Type);
        Assert.Contains("names Kommunkompassen 2 time(s)", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_KommunkompassenPresentationWithoutScores_IsRelatedDocument()
    {
        var layout = new LayoutBuilder()
            .Page(Cover(["Kommunkompassen"], "Mäter i 4 dimensioner: Politiskt system. Tjänsteproduktion. Lokalsamhället. Arbetsgivarrollen"))
            .Page(Body(AreaNames.Select((n, i) => $"Område {i + 1} {n}").ToArray()))
            .Build();

        Assert.Equal(DocumentType.RelatedDocument, Classify(layout).Type);
    }

    [Fact]
    public void Classify_AnalysisCoverWithoutAnyScores_IsRelatedDocumentAndSaysWhy()
    {
        var layout = new LayoutBuilder().Page(Cover(["KommunKompassen", "ANALYS AV"])).Page(Body("Mall för rapporten.")).Build();

        var result = Classify(layout);

        Assert.Equal(DocumentType.RelatedDocument, result.Type);
        Assert.Contains("but no score table, TOTALT or section scores were found", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_PlainPolicy_IsRelatedDocument()
    {
        var layout = new LayoutBuilder().Page(Cover(["Personalpolicy för Laholms kommun"])).Page(Body("Vi är en attraktiv arbetsgivare.")).Build();

        var result = Classify(layout);

        Assert.Equal(DocumentType.RelatedDocument, result.Type);
        Assert.Equal("no Kompass title, no mention of Kommunkompassen", result.Reason);
    }

    [Fact]
    public void Classify_ReportWhoseCoverIsMissing_IsAnalysisFromItsStructure()
    {
        var layout = new LayoutBuilder()
            .Page(Body("1 Vad är Kommunkompassen?", "Kommunkompassen är ett verktyg för utvärdering."))
            .Page(SummaryTable)
            .Page(AreaSection(1)).Page(AreaSection(2)).Page(AreaSection(3)).Page(AreaSection(4))
            .Build();

        var result = Classify(layout);

        Assert.Equal(DocumentType.KommunKompassenAnalysis, result.Type);
        Assert.StartsWith("no analysis cover", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_ImageOnlyPages_IsUnreadableWithNoTextReason()
    {
        var result = Classify(new LayoutBuilder().EmptyPages(4, images: 1).Build());

        Assert.Equal(DocumentType.Unreadable, result.Type);
        Assert.Equal("no text layer: the pages are images or blank; OCR is not available yet", result.Reason);
    }

    [Fact]
    public void Classify_ScanWithOnlyAStampedPageNumber_IsUnreadable()
    {
        var layout = new LayoutBuilder().Page(p => p.Images(1).Text("1", 300, 30)).Page(p => p.Images(1).Text("2", 300, 30)).Build();

        Assert.Equal(DocumentType.Unreadable, Classify(layout).Type);
    }

    [Fact]
    public void Classify_NoPages_IsUnreadable()
        => Assert.Equal(DocumentType.Unreadable, Classify(new LayoutBuilder().Build()).Type);

    private DocumentClassification Classify(DocumentLayout layout)
    {
        output.WriteLine(LayoutDescriber.Describe(layout));
        var lines = new LineBuilder();
        var result = _sut.Classify(layout.Pages.Select(p => new PageLines(p, lines.Build(p))).ToList());
        output.WriteLine($"{result.Type}: {result.Reason}");
        output.WriteLine(result.Signals.ToString());
        return result;
    }
}
