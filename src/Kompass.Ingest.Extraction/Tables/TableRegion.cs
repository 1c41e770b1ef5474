using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Extraction.Tables;

/// <summary>
/// The part of a table on one page: a table continued on the next page has one region per page.
/// <paramref name="Page"/> is 1-based; <paramref name="Box"/> is in PDF points, origin bottom-left.
/// </summary>
public sealed record TableRegion(int Page, BoundingBox Box);
