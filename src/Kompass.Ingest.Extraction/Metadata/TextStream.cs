using System.Buffers;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction.Metadata;

/// <summary>
/// Lines joined into one running text (single spaces; a word hyphenated at a line end joined),
/// remembering which line each character came from, so that a sentence that wraps over lines is
/// searched as one and a match's provenance still names its page and box. It also remembers where
/// the layout breaks the text into blocks: a new page, a change of font size or weight (a heading
/// and its paragraph), a gap wider than the line spacing. Immutable.
/// </summary>
public sealed class TextStream
{
    // A gap between two lines wider than this many line heights separates two paragraphs.
    private const double ParagraphGapLines = 1.0;

    // Sizes closer than this (points) are one size: PdfPig rounds sizes differently per word.
    private const double SizeTolerance = 0.75;

    private readonly List<(int Start, int End, TextLine Line)> _spans;
    private readonly HashSet<int> _breaks;

    private TextStream(string text, List<(int Start, int End, TextLine Line)> spans, HashSet<int> breaks)
    {
        Text = text;
        _spans = spans;
        _breaks = breaks;
    }

    /// <summary>The joined text.</summary>
    public string Text { get; }

    /// <summary>
    /// The lines, in the order given, as one text. With <paramref name="keepLineBreaks"/> the lines
    /// are joined with a line feed and hyphens stay, for parsers to whom a line break means something.
    /// </summary>
    public static TextStream Of(IEnumerable<TextLine> lines, bool keepLineBreaks = false)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var given = lines as IReadOnlyList<TextLine> ?? lines.ToList();

        // The text is written into a pooled buffer long enough for every line and a separator
        // each, then copied out once: a document's whole body is joined so, and a string
        // builder's chunks were a second copy of it.
        var capacity = given.Count;
        foreach (var line in given)
        {
            capacity += line.Text.Length;
        }

        var text = ArrayPool<char>.Shared.Rent(capacity);
        try
        {
            var length = 0;
            var spans = new List<(int, int, TextLine)>(given.Count);
            var breaks = new HashSet<int>();
            TextLine? previous = null;
            foreach (var line in given)
            {
                var startsBlock = previous is not null && IsBlockBreak(previous, line);
                if (previous is not null)
                {
                    // "utvärde-" + "ringen" is one word; "Kalmar-" + "Landstinget" keeps its hyphen.
                    var hyphenated = !keepLineBreaks && length > 1 && text[length - 1] == '-' && char.IsLetter(text[length - 2])
                        && line.Text.Length > 0 && char.IsLower(line.Text[0]);
                    if (hyphenated)
                    {
                        length--;
                    }
                    else
                    {
                        text[length++] = keepLineBreaks ? '\n' : ' ';
                    }
                }

                if (startsBlock)
                {
                    breaks.Add(length);
                }

                spans.Add((length, length + line.Text.Length, line));
                line.Text.CopyTo(text.AsSpan(length));
                length += line.Text.Length;
                previous = line;
            }

            return new TextStream(new string(text, 0, length), spans, breaks);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
        }
    }

    /// <summary>True when a block of the layout (not the first) starts at character <paramref name="index"/>.</summary>
    public bool IsBlockStart(int index) => _breaks.Contains(index);

    /// <summary>
    /// The provenance of characters [start, start + length): the page of the first line they
    /// touch and the box of the words they touch on that page.
    /// </summary>
    public Provenance ProvenanceOf(int start, int length, string extractor)
    {
        var end = start + length;
        var touched = _spans.Where(s => s.Start < end && start < s.End).ToList();
        var raw = Text.Substring(start, length);
        if (touched.Count == 0)
        {
            return Provenance.Derived(extractor, raw);
        }

        var page = touched[0].Line.Page;
        var boxes = touched.Where(s => s.Line.Page == page).Select(s =>
        {
            var from = Math.Max(start, s.Start) - s.Start;
            var to = Math.Min(end, s.End) - s.Start;
            return LineSpan.BoxOf(s.Line, from, Math.Max(1, to - from));
        });
        return new Provenance(page, BoundingBox.UnionOf(boxes), raw, extractor);
    }

    // Lines in one row (table cells) or following closely in the same style continue a block.
    private static bool IsBlockBreak(TextLine previous, TextLine next)
    {
        if (previous.Page != next.Page)
        {
            return true;
        }

        if (previous.Row == next.Row)
        {
            return false;
        }

        var gap = previous.Box.Bottom - next.Box.Top;
        return Math.Abs(previous.FontSize - next.FontSize) > SizeTolerance || previous.IsBold != next.IsBold
               || gap > ParagraphGapLines * Math.Max(previous.Box.Height, next.Box.Height);
    }
}
