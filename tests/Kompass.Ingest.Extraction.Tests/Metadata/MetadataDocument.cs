using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Metadata;
using Kompass.Ingest.Extraction.Normalisation;
using Kompass.Ingest.Extraction.Titles;

namespace Kompass.Ingest.Extraction.Tests.Metadata;

/// <summary>
/// Turns an in-memory layout into what the metadata parts read, as <see cref="ReportExtractor"/>
/// would: lines, the title, a classification of the type the test names, the file name.
/// </summary>
internal static class MetadataDocument
{
    public static readonly MunicipalityDirectory Directory = ShippedDirectory();

    public static (ExtractionContext Context, ReportExtraction Draft) Of(
        DocumentLayout layout, DocumentType type = DocumentType.KommunKompassenAnalysis, string fileName = "rapport.pdf")
    {
        var context = ExtractionContexts.For(layout, type, fileName);
        var draft = new ReportExtraction { Type = type, Title = new TitleExtractor().Extract(context.Pages) };
        return (context, draft);
    }

    public static MetadataSource Source(DocumentLayout layout, DocumentType type = DocumentType.KommunKompassenAnalysis, string fileName = "rapport.pdf")
    {
        var (context, draft) = Of(layout, type, fileName);
        return MetadataSource.Of(context, draft);
    }

    /// <summary>Runs <paramref name="part"/> the way <see cref="ReportExtractor"/> runs a part.</summary>
    public static ReportExtraction Run(IReportPartExtractor part, DocumentLayout layout, DocumentType type = DocumentType.KommunKompassenAnalysis, string fileName = "rapport.pdf")
    {
        var (context, draft) = Of(layout, type, fileName);
        return part.Extract(context, draft);
    }

    private static MunicipalityDirectory ShippedDirectory()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "pipelines", "reference");
        return MunicipalityDirectory.Parse(File.ReadAllText(Path.Combine(folder, "kommuner.csv")), File.ReadAllText(Path.Combine(folder, "lan.csv")));
    }
}
