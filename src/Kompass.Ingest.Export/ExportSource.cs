using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Export;

/// <summary>
/// What the export needs of one stored document: its identity, the path it names (the first one
/// seen, relative to the ingested folder), the extraction to write and the flags raised on it.
/// </summary>
public sealed record ExportSource(string Sha256, string Path, ReportExtraction Extraction)
{
    /// <summary>The flags to export with the document; validation fills these in a later stage.</summary>
    public IReadOnlyList<Flag> Flags { get; init; } = [];
}
