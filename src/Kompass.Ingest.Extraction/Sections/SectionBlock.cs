using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction.Sections;

/// <summary>
/// One labelled block of a section: its kind, its label line, its lines in reading order (possibly
/// over a page break) and whether it is one of several columns side by side (then its right edge
/// is its own longest line, not the page margin).
/// </summary>
internal sealed record SectionBlock(SectionLabelKind Kind, TextLine Label, IReadOnlyList<TextLine> Lines, bool InColumns);
