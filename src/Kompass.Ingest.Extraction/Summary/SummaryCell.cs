using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Extraction.Summary;

/// <summary>
/// One number printed in a table row: its value (null for a dash or dots standing in for a
/// missing value), the raw text and the box of the word it was read from.
/// </summary>
internal sealed record SummaryCell(decimal? Value, string Raw, BoundingBox Box);
