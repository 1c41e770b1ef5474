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
        var open = new List<OpenRow>();
        foreach (var word in ordered)
        {
            // Words come by falling top, so a row whose lowest box lies above this word is finished.
            RemoveFinished(open, word.Box.Top);
            var best = -1;
            var bestOverlap = 0.0;
            for (var i = 0; i < open.Count; i++)
            {
                var overlap = FitInRow(word.Box, open[i].Shapes);
                if (overlap > bestOverlap)
                {
                    (best, bestOverlap) = (i, overlap);
                }
            }

            if (best >= 0)
            {
                open[best].Add(word);
            }
            else
            {
                var row = new OpenRow(word);
                rows.Add(row.Words);
                open.Add(row);
            }
        }

        return rows;
    }

    // The words with text by falling top, then rising left, words that compare equal keeping their
    // order: what LINQ's OrderByDescending(Top).ThenBy(Left) gives, without its key arrays and
    // comparer chain (this sorts every word of every page). The positions are read into keys once,
    // and the keys order themselves, so the sort calls their comparison directly.
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

        keys.Sort();
        var ordered = new List<Word>(keys.Count);
        foreach (var key in keys)
        {
            ordered.Add(words[key.Index]);
        }

        return ordered;
    }

    /// <summary>A word's top, left and index: by falling top, then rising left, then index (no two are equal).</summary>
    internal readonly record struct RowKey(double Top, double Left, int Index) : IComparable<RowKey>
    {
        /// <inheritdoc />
        public int CompareTo(RowKey other)
        {
            var byTop = other.Top.CompareTo(Top);
            var byLeft = byTop != 0 ? byTop : Left.CompareTo(other.Left);
            return byLeft != 0 ? byLeft : Index.CompareTo(other.Index);
        }
    }

    // Drops the open rows lying wholly above `top`, keeping the others in order (no closure per word).
    private static void RemoveFinished(List<OpenRow> open, double top)
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
    // small text beside a tall heading both overlap the heading, but not each other. Only a
    // member's bottom and height count, so each distinct pair of them is asked once.
    private double FitInRow(BoundingBox word, List<Shape> row)
    {
        var best = 0.0;
        var comparable = false;
        var fitsComparable = false;
        foreach (var member in row)
        {
            var overlap = SameLineOverlap(word.Bottom, word.Height, member.Bottom, member.Height);
            best = Math.Max(best, overlap);
            var ratio = Math.Max(word.Height, MinHeight) / Math.Max(member.Height, MinHeight);
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
    private double SameLineOverlap(double bottomA, double boxHeightA, double bottomB, double boxHeightB)
    {
        var heightA = Math.Max(boxHeightA, MinHeight);
        var heightB = Math.Max(boxHeightB, MinHeight);
        var overlap = Math.Min(bottomA + heightA, bottomB + heightB) - Math.Max(bottomA, bottomB);
        var fraction = overlap / Math.Min(heightA, heightB);
        var centresApart = Math.Abs((bottomA + (heightA / 2)) - (bottomB + (heightB / 2)));
        return fraction >= _options.MinVerticalOverlap && centresApart <= Math.Max(heightA, heightB) / 2 ? fraction : 0;
    }

    // The row's lines, left to right. A number of a stack (a chart axis beside the text) is cut off
    // at a smaller gap than a column's. Each segment becomes its line as it is cut off, its words
    // copied once into a list of their number; a row no gap cuts (most) is its line's word list.
    private List<TextLine> SplitAtGaps(int page, int rowIndex, List<Word> row, HashSet<Word> stacked)
    {
        row.Sort(ByLeft);
        var lines = new List<TextLine>(1);
        var start = 0;

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
                lines.Add(ToLine(page, rowIndex, row.GetRange(start, i - start)));
                start = i;
                right = row[i].Box.Right;
            }

            right = Math.Max(right, row[i].Box.Right);
        }

        lines.Add(ToLine(page, rowIndex, start == 0 ? row : row.GetRange(start, row.Count - start)));
        return lines;
    }

    private static readonly Comparison<Word> ByLeft = static (a, b) => a.Box.Left.CompareTo(b.Box.Left);

    private static TextLine ToLine(int page, int row, List<Word> words)
    {
        // One pass over a line's few words, in place of grouping and sorting them: the box and the
        // characters in bold; and the size most characters use, the larger on a tie.
        var box = words[0].Box;
        var characters = 0;
        var boldCharacters = 0;
        foreach (var word in words)
        {
            box = box.Union(word.Box);
            characters += word.Text.Length;
            boldCharacters += word.IsBold ? word.Text.Length : 0;
        }

        var bold = boldCharacters * 2 > characters;
        return new TextLine(page, row, words, box, MainSize(words), bold);
    }

    /// <summary>
    /// The font size most of the words' characters use, the larger on a tie; sizes are told apart
    /// as <see cref="double.Equals(double)"/> does, and a size is the one its first word gives. A
    /// line nearly always has one or two sizes, so each is counted where it first appears, without
    /// a table of sizes per line.
    /// </summary>
    internal static double MainSize(IReadOnlyList<Word> words)
    {
        var size = words[0].FontSize;
        var sizeCharacters = CharactersFrom(words, 0);
        for (var i = 1; i < words.Count; i++)
        {
            var candidate = words[i].FontSize;
            if (!FirstOfItsSize(words, i))
            {
                continue;
            }

            var candidateCharacters = CharactersFrom(words, i);
            if (candidateCharacters > sizeCharacters || (candidateCharacters == sizeCharacters && candidate.CompareTo(size) > 0))
            {
                (size, sizeCharacters) = (candidate, candidateCharacters);
            }
        }

        return size;
    }

    // True when no word before `index` has its size.
    private static bool FirstOfItsSize(IReadOnlyList<Word> words, int index)
    {
        for (var j = 0; j < index; j++)
        {
            if (words[j].FontSize.Equals(words[index].FontSize))
            {
                return false;
            }
        }

        return true;
    }

    // The characters of the words from `index` on that have its size.
    private static int CharactersFrom(IReadOnlyList<Word> words, int index)
    {
        var count = 0;
        for (var j = index; j < words.Count; j++)
        {
            count += words[j].FontSize.Equals(words[index].FontSize) ? words[j].Text.Length : 0;
        }

        return count;
    }

    /// <summary>A member's bottom and height: all that <see cref="FitInRow"/> reads of it.</summary>
    internal readonly record struct Shape(double Bottom, double Height)
    {
        /// <summary>The same two numbers bit for bit (so a negative zero is not taken for a zero).</summary>
        public bool SameAs(Shape other)
            => BitConverter.DoubleToInt64Bits(Bottom) == BitConverter.DoubleToInt64Bits(other.Bottom)
                && BitConverter.DoubleToInt64Bits(Height) == BitConverter.DoubleToInt64Bits(other.Height);
    }

    /// <summary>
    /// A row still taking words: its words, its lowest bottom, and the distinct shapes of its words.
    /// A line of text is mostly words of one size on one baseline, so a row has a few shapes where
    /// it has many words, and each word that comes is fitted against the shapes only.
    /// </summary>
    internal sealed class OpenRow
    {
        /// <summary>A row of <paramref name="word"/> alone.</summary>
        public OpenRow(Word word)
        {
            Words = new List<Word> { word };
            Bottom = word.Box.Bottom;
            Shapes = [new Shape(word.Box.Bottom, word.Box.Height)];
        }

        /// <summary>The row's words in the order they came.</summary>
        public List<Word> Words { get; }

        /// <summary>The lowest bottom of the row's words.</summary>
        public double Bottom { get; private set; }

        /// <summary>The distinct shapes of the row's words, in the order they first came.</summary>
        public List<Shape> Shapes { get; }

        /// <summary>Adds <paramref name="word"/>, and its shape when the row has none like it.</summary>
        public void Add(Word word)
        {
            Words.Add(word);
            Bottom = Math.Min(Bottom, word.Box.Bottom);
            var shape = new Shape(word.Box.Bottom, word.Box.Height);
            foreach (var known in Shapes)
            {
                if (known.SameAs(shape))
                {
                    return;
                }
            }

            Shapes.Add(shape);
        }
    }
}
