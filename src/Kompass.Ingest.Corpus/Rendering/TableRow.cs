namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>One body row: a cell per column (empty string for an empty cell), bold for total rows.</summary>
public sealed record TableRow(IReadOnlyList<string> Cells, bool Bold = false);
