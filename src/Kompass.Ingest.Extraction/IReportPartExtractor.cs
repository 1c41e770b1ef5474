using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction;

/// <summary>
/// One aspect of a report (metadata, the summary table, the area sections, the question tables):
/// reads the context and returns the draft with its fields filled in, as a "with" copy. Each part
/// decides from <see cref="ExtractionContext.Classification"/> whether it applies. Pure.
/// </summary>
public interface IReportPartExtractor
{
    /// <summary>The draft with this part's fields set; the draft itself when nothing applies.</summary>
    ReportExtraction Extract(ExtractionContext context, ReportExtraction draft);
}
