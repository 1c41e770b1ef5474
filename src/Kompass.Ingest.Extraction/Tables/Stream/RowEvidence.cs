namespace Kompass.Ingest.Extraction.Tables.Stream;

/// <summary>
/// What <see cref="RowCues.Gather"/> found: for each line whether a row must start there, whether the
/// first column marks row starts, and where values sit on rows of wrapped text.
/// </summary>
internal sealed record RowEvidence(bool[] Breaks, bool KeyCue, ValueAlignment Alignment);
