namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>
/// One table column: its header, its width in points (0 = whatever the other columns leave) and
/// whether it holds numbers (right-aligned, never wrapped, drawn separately in a jumbled run).
/// </summary>
public sealed record TableColumn(string Header, double Width, bool Numeric = false);
