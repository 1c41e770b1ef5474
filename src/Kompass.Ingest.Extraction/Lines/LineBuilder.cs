using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Extraction.Lines;

/// <summary>
/// Groups one page's words into text lines in reading order: words whose boxes share a baseline
/// band form a row; a row is read left to right and split wherever the gap between two words is
/// much wider than a space, so that two columns or a table's cells never run together. Rows come
/// top to bottom, the pieces of one row left to right, except where the page is set in two
/// columns of prose (<see cref="ColumnRegionFinder"/>): there the left column's lines come before
/// the right column's, so that running text is read as written. <see cref="TextLine.Row"/> stays
/// the baseline band across the whole page either way. Pure and thread-safe.
/// </summary>
public sealed class LineBuilder(LineBuilderOptions? options = null)
{
    // A box needs some height to overlap anything; PdfPig gives spaces and some glyphs none.
    private const double MinHeight = 0.5;

    private readonly LineBuilderOptions _options = options ?? new LineBuilderOptions();
    private readonly ColumnRegionFinder _columns = new(options ?? new LineBuilderOptions());
    private readonly NumberStackFinder _stacks = new(options ?? new LineBuilderOptions());

    /// <summary>The lines of <paramref name="page"/>; a page without words has none.</summary>
    public IReadOnlyList<TextLine> Build(PageLayout page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var rows = GroupIntoRows(page.Words);
        var stacked = _stacks.Find(page.Words);
        var rowLines = new List<IReadOnlyList<TextLine>>(rows.Count);
        for (var row = 0; row < rows.Count; row++)
        {
            rowLines.Add(SplitAtGaps(page.Number, row, rows[row], stacked));
        }

        return InReadingOrder(rowLines, _columns.Find(rowLines));
    }

    // Rows top to bottom; a two-column region's rows give first their left lines, then their right.
    private static List<TextLine> InReadingOrder(List<IReadOnlyList<TextLine>> rows, IReadOnlyList<ColumnRegion> regions)
    {
        var lines = new List<TextLine>();
        var row = 0;
        foreach (var region in regions)
        {
            for (; row < region.FirstRow; row++)
            {
                lines.AddRange(rows[row]);
            }

            var inRegion = rows.Skip(region.FirstRow).Take(region.LastRow - region.FirstRow + 1).SelectMany(r => r).ToList();
            lines.AddRange(inRegion.Where(region.IsLeft));
            lines.AddRange(inRegion.Where(l => !region.IsLeft(l)));
            row = region.LastRow + 1;
        }

        for (; row < rows.Count; row++)
        {
            lines.AddRange(rows[row]);
        }

        return lines;
    }

    private List<List<Word>> GroupIntoRows(IReadOnlyList<Word> words)
    {
        var ordered = ByFallingTop(words);
        var rows = new List<List<Word>>();
        var open = new List<(List<Word> Words, double Bottom)>();
        foreach (var word in ordered)
        {
            // Words come by falling top, so a row whose lowest box lies above this word is finished.
            RemoveFinished(open, word.Box.Top);
            var best = -1;
            var bestOverlap = 0.0;
            for (var i = 0; i < open.Count; i++)
            {
                var overlap = FitInRow(word, open[i].Words);
                if (overlap > bestOverlap)
                {
                    (best, bestOverlap) = (i, overlap);
                }
            }

            if (best >= 0)
            {
                open[best].Words.Add(word);
                open[best] = (open[best].Words, Math.Min(open[best].Bottom, word.Box.Bottom));
            }
            else
            {
                var row = new List<Word> { word };
                rows.Add(row);
                open.Add((row, word.Box.Bottom));
            }
        }

        return rows;
    }

    // The words with text by falling top, then rising left, words that compare equal keeping their
    // order: what LINQ's OrderByDescending(Top).ThenBy(Left) gives, without its key arrays and
    // comparer chain (this sorts every word of every page). The positions are read into keys once.
    private static List<Word> ByFallingTop(IReadOnlyList<Word> words)
    {
        var keys = new List<RowKey>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Text.Length > 0)
            {
                keys.Add(new RowKey(words[i].Box.Top, words[i].Box.Left, i));
            }
        }

        keys.Sort(FallingTopRisingLeft);
        var ordered = new List<Word>(keys.Count);
        foreach (var key in keys)
        {
            ordered.Add(words[key.Index]);
        }

        return ordered;
    }

    private static readonly Comparison<RowKey> FallingTopRisingLeft = static (a, b) =>
    {
        var byTop = b.Top.CompareTo(a.Top);
        var byLeft = byTop != 0 ? byTop : a.Left.CompareTo(b.Left);
        return byLeft != 0 ? byLeft : a.Index.CompareTo(b.Index);
    };

    private readonly record struct RowKey(double Top, double Left, int Index);

    // Drops the open rows lying wholly above `top`, keeping the others in order (no closure per word).
    private static void RemoveFinished(List<(List<Word> Words, double Bottom)> open, double top)
    {
        var kept = 0;
        for (var i = 0; i < open.Count; i++)
        {
            if (!(open[i].Bottom > top))
            {
                open[kept++] = open[i];
            }
        }

        open.RemoveRange(kept, open.Count - kept);
    }

    // How well a word fits a row: its best overlap with a member. Where the row already holds
    // words of about the word's own height, it must also line up with one of those: two lines of
    // small text beside a tall heading both overlap the heading, but not each other.
    private double FitInRow(Word word, List<Word> row)
    {
        var best = 0.0;
        var comparable = false;
        var fitsComparable = false;
        foreach (var member in row)
        {
            var overlap = SameLineOverlap(word.Box, member.Box);
            best = Math.Max(best, overlap);
            var ratio = Math.Max(word.Box.Height, MinHeight) / Math.Max(member.Box.Height, MinHeight);
            if (ratio >= 1 / _options.ComparableHeightRatio && ratio <= _options.ComparableHeightRatio)
            {
                comparable = true;
                fitsComparable |= overlap > 0;
            }
        }

        return comparable && !fitsComparable ? 0 : best;
    }

    // The vertical overlap as a fraction of the smaller box, or 0 when the two are not on one line:
    // too little overlap, or a small box beside a tall one but off its middle (the second line
    // of small text next to a large heading overlaps the heading, yet is a line of its own).
    private double SameLineOverlap(BoundingBox a, BoundingBox b)
    {
        var heightA = Math.Max(a.Height, MinHeight);
        var heightB = Math.Max(b.Height, MinHeight);
        var overlap = Math.Min(a.Bottom + heightA, b.Bottom + heightB) - Math.Max(a.Bottom, b.Bottom);
        var fraction = overlap / Math.Min(heightA, heightB);
        var centresApart = Math.Abs((a.Bottom + (heightA / 2)) - (b.Bottom + (heightB / 2)));
        return fraction >= _options.MinVerticalOverlap && centresApart <= Math.Max(heightA, heightB) / 2 ? fraction : 0;
    }

    // The row's lines, left to right. A number of a stack (a chart axis beside the text) is cut off
    // at a smaller gap than a column's. Each segment becomes its line as it is cut off, into a list
    // sized for the usual single line, rather than through an iterator and a projection.
    private List<TextLine> SplitAtGaps(int page, int rowIndex, List<Word> row, HashSet<Word> stacked)
    {
        row.Sort(ByLeft);
        var lines = new List<TextLine>(1);
        var segment = new List<Word> { row[0] };

        // The segment's right edge so far, kept as words join rather than sought again for each word.
        var right = row[0].Box.Right;
        for (var i = 1; i < row.Count; i++)
        {
            var previous = row[i - 1];
            var gap = row[i].Box.Left - right;
            var em = Math.Max(previous.FontSize, row[i].FontSize);
            if (gap > _options.ColumnGapEm * em
                || (gap > _options.StackGapEm * em && stacked.Contains(previous) != stacked.Contains(row[i])))
            {
                lines.Add(ToLine(page, rowIndex, segment));
                segment = [];
                right = row[i].Box.Right;
            }

            segment.Add(row[i]);
            right = Math.Max(right, row[i].Box.Right);
        }

        lines.Add(ToLine(page, rowIndex, segment));
        return lines;
    }

    private static readonly Comparison<Word> ByLeft = static (a, b) => a.Box.Left.CompareTo(b.Box.Left);

    private static TextLine ToLine(int page, int row, List<Word> words)
    {
        // One pass over a line's few words, in place of grouping and sorting them: the box, the
        // characters in bold, and per size its characters (the size with most wins, the larger on a tie).
        var box = words[0].Box;
        var sizes = new List<(double Size, int Characters)>(1);
        var characters = 0;
        var boldCharacters = 0;
        foreach (var word in words)
        {
            box = box.Union(word.Box);
            characters += word.Text.Length;
            boldCharacters += word.IsBold ? word.Text.Length : 0;
            var k = sizes.Count - 1;
            while (k >= 0 && !sizes[k].Size.Equals(word.FontSize))
            {
                k--;
            }

            if (k < 0)
            {
                sizes.Add((word.FontSize, word.Text.Length));
            }
            else
            {
                sizes[k] = (sizes[k].Size, sizes[k].Characters + word.Text.Length);
            }
        }

        var size = sizes[0];
        foreach (var candidate in sizes)
        {
            if (candidate.Characters > size.Characters || (candidate.Characters == size.Characters && candidate.Size.CompareTo(size.Size) > 0))
            {
                size = candidate;
            }
        }

        var bold = boldCharacters * 2 > characters;
        return new TextLine(page, row, words, box, size.Size, bold);
    }
}
