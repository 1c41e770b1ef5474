namespace Kompass.Ingest.Extraction.Tables.Stream;

/// <summary>A row of a stream table: lines <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive) of its region.</summary>
internal readonly record struct RowSpan(int Start, int End);
