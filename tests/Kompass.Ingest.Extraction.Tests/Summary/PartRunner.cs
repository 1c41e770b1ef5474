using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction.Tests.Summary;

/// <summary>Runs one part extractor on an in-memory layout, as <see cref="ReportExtractor"/> would, with the framework catalogs of pipelines/.</summary>
internal static class PartRunner
{
    private static readonly Lazy<IReadOnlyList<FrameworkCatalog>> LoadedCatalogs = new(() =>
        new[] { "2002", "2010", "2020" }.Select(y => FrameworkCatalogJson.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "pipelines", "frameworks", y + ".json")))).ToList());

    /// <summary>The catalogs of every revision.</summary>
    public static IReadOnlyList<FrameworkCatalog> Catalogs => LoadedCatalogs.Value;

    /// <summary>The draft after <paramref name="part"/> has read <paramref name="layout"/>, classified as <paramref name="type"/>.</summary>
    public static ReportExtraction Run(IReportPartExtractor part, DocumentLayout layout, DocumentType type = DocumentType.KommunKompassenAnalysis, ReportExtraction? draft = null)
        => part.Extract(ExtractionContexts.For(layout, type), draft ?? new ReportExtraction { Type = type });

    /// <summary>The lines the part saw, for a failing test's output.</summary>
    public static string Describe(DocumentLayout layout)
    {
        var builder = new LineBuilder();
        return string.Join('\n', layout.Pages.SelectMany(p => builder.Build(p)).Select(l => l.ToString()));
    }
}
