using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Classification;
using Kompass.Ingest.Extraction.Furniture;
using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction.Tests;

/// <summary>
/// The context <see cref="ReportExtractor"/> would give a part for a layout built in a test: its
/// lines and page furniture found as in production, the document type named by the test.
/// </summary>
internal static class ExtractionContexts
{
    public static ExtractionContext For(DocumentLayout layout, DocumentType type = DocumentType.KommunKompassenAnalysis, string fileName = "test.pdf")
    {
        var builder = new LineBuilder();
        var pages = layout.Pages.Select(p => new PageLines(p, builder.Build(p))).ToList();
        var classification = new DocumentClassification(type, "named by the test", new DocumentSignals());
        return new ExtractionContext(layout, pages, new PageFurnitureDetector().Detect(pages), classification, fileName);
    }
}
