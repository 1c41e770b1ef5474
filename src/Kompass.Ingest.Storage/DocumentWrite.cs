using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Storage;

/// <summary>
/// A freshly extracted document for <see cref="IDocumentWriter.Save"/>: its identity, the path it
/// was found at, the run, the raw extraction with the versions that produced it, and the flags
/// its evidence raises (stored in the same transaction).
/// </summary>
public sealed record DocumentWrite(
    string Sha256,
    string Path,
    int RunId,
    ReportExtraction Extraction,
    int PageCount,
    string ExtractorVersion,
    string PipelineVersion,
    DateTimeOffset ExtractedAt)
{
    /// <summary>The flags the extraction raises, in the validator's order.</summary>
    public IReadOnlyList<Flag> Flags { get; init; } = [];

    /// <summary>The strengths and improvements with their search terms, for full-text search (empty: none indexed).</summary>
    public IReadOnlyList<FindingRow> Findings { get; init; } = [];
}
