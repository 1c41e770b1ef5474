using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Summary;

/// <summary>
/// A printed area name recognised as one catalog area: the revision and number, the catalog name
/// (usual name or variant) it matched, and how similar the two are (0–1, 1 for equal after
/// normalisation).
/// </summary>
public sealed record AreaNameMatch(FrameworkRevision Revision, int Number, string CatalogName, double Similarity);
