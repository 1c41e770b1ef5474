using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction.Sections;

/// <summary>One item of a list: the lines it is printed on and its text (marker removed, lines joined).</summary>
internal sealed record ListItem(IReadOnlyList<TextLine> Lines, string Text);
