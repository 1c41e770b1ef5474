using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Metadata;

/// <summary>
/// One metadata field group (municipality, evaluation dates, report date, evaluators, round,
/// interviews), read from a <see cref="MetadataSource"/> that <see cref="MetadataExtractor"/>
/// builds once for all of them. Pure.
/// </summary>
public interface IMetadataPart
{
    /// <summary>The draft with this part's fields set; the draft itself when nothing is printed.</summary>
    ReportExtraction Extract(MetadataSource source, ReportExtraction draft);
}
