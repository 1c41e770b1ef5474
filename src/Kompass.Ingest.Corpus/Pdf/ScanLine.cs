namespace Kompass.Ingest.Corpus.Pdf;

/// <summary>
/// A paragraph on a <see cref="ScannedPage"/>: its text (wrapped to the page), size in points,
/// weight, left indent and space above, in points.
/// </summary>
public sealed record ScanLine(string Text, double Size = 11, bool Bold = false, double Indent = 0, double SpaceBefore = 0);
