namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>One line of a table of contents: its text, the anchor whose page it shows, its level (0 = chapter).</summary>
public sealed record ContentsEntry(string Text, string Anchor, int Level = 0);
