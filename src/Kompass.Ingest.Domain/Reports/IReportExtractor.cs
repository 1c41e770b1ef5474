using Kompass.Ingest.Domain.Layout;

namespace Kompass.Ingest.Domain.Reports;

/// <summary>
/// Classifies a document and extracts everything the contract names from its layout. Pure: no
/// file, database, clock or logging access, so it runs on in-memory layouts and in parallel.
/// </summary>
public interface IReportExtractor
{
    /// <summary>
    /// The version of the extraction code and pipeline definitions; stored with each extraction so
    /// that a change re-extracts older documents.
    /// </summary>
    string Version { get; }

    /// <summary>Extracts one document. <paramref name="fileName"/> is a last-resort hint (a cover without a name).</summary>
    ReportExtraction Extract(DocumentLayout layout, string fileName);
}
