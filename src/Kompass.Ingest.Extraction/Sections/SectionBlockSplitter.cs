using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction.Sections;

/// <summary>
/// Splits a section's lines into labelled blocks. A label opens a block that takes the lines below
/// it until the next label; labels side by side on one row ("STYRKOR" and "FÖRBÄTTRINGSOMRÅDEN")
/// open one block per column, a line going to the column its left edge stands in, and a line that
/// crosses a column boundary ends the columns. A block ends early at a line that starts left of its
/// first line (body text after a list), changes size, or follows a wide gap (in a marked list, an
/// unmarked line set further apart than the list's lines); lines far right of
/// its first line (a call-out, a chart label) are passed over. A block of sub-areas also ends at a
/// line of running text reaching the right margin. Pure.
/// </summary>
internal sealed class SectionBlockSplitter(SectionLabels labels, AreaSectionOptions options)
{
    /// <summary>The blocks in the order their labels appear.</summary>
    public List<SectionBlock> Split(IReadOnlyList<TextLine> lines, BodyText body)
    {
        var blocks = new List<OpenBlock>();
        var active = new List<OpenBlock>();
        var labelRows = new HashSet<(int Page, int Row)>();
        foreach (var line in lines)
        {
            if (labels.KindOf(line) is { } kind)
            {
                if (kind != SectionLabelKind.Score && labelRows.Add((line.Page, line.Row)))
                {
                    active = Open(lines, line);
                    blocks.AddRange(active);

                    // "Styrkor: Tydlig styrmodell": the text after the label opens its block, however
                    // long the label ("Förbättringsområden:" pushes it past the call-out reach, but
                    // text on the label's own line belongs to it).
                    foreach (var opened in active.Where(b => labels.Split(b.Label).Remainder is not null))
                    {
                        opened.Add(labels.Split(opened.Label).Remainder!);
                    }
                }

                continue;
            }

            if (active.Count == 0)
            {
                continue;
            }

            var block = active.LastOrDefault(b => line.Box.Left >= b.From) ?? active[0];
            if (active.Count > 1 && line.Box.Right > block.To + (0.5 * line.FontSize))
            {
                active.ForEach(b => b.Closed = true);
                active = [];
                continue;
            }

            if (!block.Closed)
            {
                Admit(block, line, body);
            }
        }

        return blocks.Where(b => b.Lines.Count > 0).Select(b => new SectionBlock(b.Kind, b.Label, b.Lines, b.InColumns)).ToList();
    }

    // The blocks opened by the labels on the row of `label`, one column each, split just left of
    // each next label.
    private List<OpenBlock> Open(IReadOnlyList<TextLine> lines, TextLine label)
    {
        var row = lines.Where(l => l.Page == label.Page && l.Row == label.Row && labels.KindOf(l) is { } k && k != SectionLabelKind.Score)
            .OrderBy(l => l.Box.Left).ToList();
        var opened = new List<OpenBlock>();
        for (var i = 0; i < row.Count; i++)
        {
            var from = i == 0 ? double.MinValue : row[i].Box.Left - (0.5 * row[i].FontSize);
            var to = i == row.Count - 1 ? double.MaxValue : row[i + 1].Box.Left - (0.5 * row[i + 1].FontSize);
            opened.Add(new OpenBlock(labels.KindOf(row[i])!.Value, row[i], from, to, row.Count > 1) { Inline = labels.Split(row[i]).Remainder is not null });
        }

        return opened;
    }

    private void Admit(OpenBlock block, TextLine line, BodyText body)
    {
        var em = line.FontSize;
        if (block.Lines.Count == 0)
        {
            if (line.Box.Left <= block.Label.Box.Left + (options.MaxListIndentEm * em))
            {
                block.Add(line);
            }

            return;
        }

        var first = block.Lines[0];

        // A header or footer line the furniture detector missed (a smaller font in the page's
        // outer band) stands between two pages of a list: passed over, not an end.
        if (body.InOuterBand(line) && Math.Abs(line.FontSize - first.FontSize) > 0.1 * first.FontSize)
        {
            return;
        }

        // The list's edge is its first line, or the label when the text began on the label's line
        // (the following lines wrap back to the label's edge).
        var edge = block.Inline ? block.Label : first;
        var indent = (line.Box.Left - body.LeftMargin(line.Page)) - (edge.Box.Left - body.LeftMargin(edge.Page));
        var previous = block.Lines[^1];
        var gap = previous.Page == line.Page ? block.LastBaseline - BodyText.Baseline(line) : 0;
        if (indent < -options.ListEdgeToleranceEm * em
            || Math.Abs(line.FontSize - first.FontSize) > 0.2 * first.FontSize
            || gap > options.BlockGapRatio * body.Pitch(line.FontSize)
            || IsParagraphAfterList(block, line, gap, body)
            || (block.Kind == SectionLabelKind.Subheadings && IsRunningText(line, body)))
        {
            block.Closed = true;
        }
        else if (indent <= options.MaxListIndentEm * em)
        {
            block.Add(line);
        }
    }

    // In a marked list an unmarked line continues the item above it, and a continuation follows at
    // the list's own line spacing; an unmarked line further down than the list's lines stand
    // apart (and than the normal spacing of its size) is a paragraph after the list, not part of it.
    // Not one set at the hanging indent of the item above, where its text begins right of the
    // marker: a paragraph starts at the list's edge or the margin, and a scan's speck under a
    // wrapped line can lower its baseline past the list's spacing.
    private bool IsParagraphAfterList(OpenBlock block, TextLine line, double gap, BodyText body)
    {
        if (gap <= 0 || ListMarker.IsMarked(line.Words) || block.LastMarked is not { } item
            || HangsUnder(item, line))
        {
            return false;
        }

        return block.MinSpacing is { } spacing && gap > options.ItemGapRatio * Math.Max(spacing, body.Pitch(line.FontSize));
    }

    // True when the line starts where the marked item's text does, clearly right of its marker
    // (a marker that is a word of its own: "•", "1.", "o" before a capital).
    private static bool HangsUnder(TextLine item, TextLine line)
    {
        if (!ListMarker.OpensWithMarkerWord(item.Words))
        {
            return false;
        }

        var text = item.Words[1].Box.Left;
        var em = line.FontSize;
        return text - item.Box.Left >= 0.8 * em && Math.Abs(line.Box.Left - text) <= 0.5 * em;
    }

    // A line of a paragraph: many words, reaching the right margin, no list marker.
    private static bool IsRunningText(TextLine line, BodyText body)
        => line.Words.Count >= 8 && line.Box.Right >= body.RightMargin(line.Page) - (1.5 * line.FontSize) && !ListMarker.IsMarked(line.Words);

    private sealed class OpenBlock(SectionLabelKind kind, TextLine label, double from, double to, bool inColumns)
    {
        public SectionLabelKind Kind { get; } = kind;

        public TextLine Label { get; } = label;

        public double From { get; } = from;

        public double To { get; } = to;

        public bool InColumns { get; } = inColumns;

        private readonly List<TextLine> _lines = [];

        public IReadOnlyList<TextLine> Lines => _lines;

        // The last line opening with a list marker, and the smallest positive baseline distance
        // of two consecutive lines on one page: kept as lines are added, as each line admitted
        // asks for them and the block's lines were walked again for every one.
        public TextLine? LastMarked { get; private set; }

        public double? MinSpacing { get; private set; }

        // The baseline of the last line, taken as it was added: each next line is measured from it.
        public double LastBaseline { get; private set; }

        public bool Closed { get; set; }

        public bool Inline { get; init; }

        public void Add(TextLine line)
        {
            var baseline = BodyText.Baseline(line);
            if (_lines.Count > 0 && _lines[^1].Page == line.Page && LastBaseline - baseline is var spacing && spacing > 0)
            {
                MinSpacing = MinSpacing is { } min ? Math.Min(min, spacing) : spacing;
            }

            LastBaseline = baseline;

            if (ListMarker.IsMarked(line.Words))
            {
                LastMarked = line;
            }

            _lines.Add(line);
        }
    }
}
