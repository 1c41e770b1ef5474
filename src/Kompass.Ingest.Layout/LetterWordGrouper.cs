using System.Buffers;
using UglyToad.PdfPig.Content;

namespace Kompass.Ingest.Layout;

/// <summary>
/// Groups a page's letters into words by the rule of PdfPig's nearest-neighbour word extractor,
/// with a cheaper search. The rule: within each text orientation, every visible letter is linked to
/// the one letter whose start (on its baseline) lies nearest its own end, provided that letter is
/// visible too and nearer than a fifth of the larger of the two letters' widths and point sizes
/// (twice that for text at an odd angle); the words are the linked groups. A drawn space between
/// two letters is what lies nearest, so it keeps them apart; so does a gap.
/// <para>
/// Why not PdfPig's own: it finds each nearest letter in a k-d tree that it builds, sorting the
/// whole page at every level, for every page: that was two thirds of all PdfPig's work for us
/// (35 ms of a 13-page report's 50). Only letters nearer than the largest allowed distance can be
/// linked, so a grid of cells that size finds the same nearest letter among the few in the
/// cells around, in one pass. Thread-safe: it keeps no state.
/// </para>
/// </summary>
internal static class LetterWordGrouper
{
    private const double ShareOfLetterSize = 0.2;

    /// <summary>
    /// The words of <paramref name="letters"/>: horizontal ones first, then each rotation, then odd
    /// angles; within each, in order of their first letter, each word's letters in PdfPig's order.
    /// Disposing the groups once they have been read returns their arrays to the shared pool.
    /// </summary>
    public static LetterGroups GetWords(ReadOnlySpan<Letter> letters)
    {
        var count = letters.Length;
        var pool = ArrayPool<int>.Shared;
        var facts = ArrayPool<LetterFacts>.Shared.Rent(count);
        var byOrientation = pool.Rent(count);
        var ends = pool.Rent(count);
        var words = ArrayPool<Letter>.Shared.Rent(count);
        var handedOver = false;
        try
        {
            // The letters by orientation, drawing order kept within each (a counting sort), so that
            // each orientation is one run; the facts are read from each letter once, in drawing order.
            Span<int> starts = stackalloc int[Orientations.Length + 1];
            var buckets = facts.AsSpan(0, count);
            for (var i = 0; i < count; i++)
            {
                buckets[i] = LetterFacts.Of(letters[i]);
                starts[buckets[i].Bucket + 1]++;
            }

            for (var bucket = 0; bucket < Orientations.Length; bucket++)
            {
                starts[bucket + 1] += starts[bucket];
            }

            SortByOrientation(buckets, starts, byOrientation.AsSpan(0, count));
            var wordCount = 0;
            for (var bucket = 0; bucket < Orientations.Length; bucket++)
            {
                var (first, length) = (starts[bucket], starts[bucket + 1] - starts[bucket]);
                if (length > 0)
                {
                    var run = new Run(letters, byOrientation.AsSpan(first, length), buckets.Slice(first, length));
                    AddWords(run, Orientations[bucket] == TextOrientation.Other, words.AsSpan(first, length), first, ends, ref wordCount);
                }
            }

            handedOver = true;
            return new LetterGroups(words, ends, wordCount);
        }
        finally
        {
            ArrayPool<LetterFacts>.Shared.Return(facts);
            pool.Return(byOrientation);

            // Handed over to the groups, unless something failed on the way.
            if (!handedOver)
            {
                pool.Return(ends);
                ArrayPool<Letter>.Shared.Return(words, clearArray: true);
            }
        }
    }

    // Puts `facts` in the order of their orientations' runs (whose starts are given), keeping the
    // drawing order within each, and writes each one's letter index into `letterIndices`. Nearly
    // every page is all horizontal text, which is in that order already.
    private static void SortByOrientation(Span<LetterFacts> facts, ReadOnlySpan<int> starts, Span<int> letterIndices)
    {
        var count = facts.Length;
        for (var i = 0; i < count; i++)
        {
            letterIndices[i] = i;
        }

        if (starts[1] == count)
        {
            return;
        }

        var sorted = ArrayPool<LetterFacts>.Shared.Rent(count);
        try
        {
            Span<int> filled = stackalloc int[Orientations.Length];
            starts[..Orientations.Length].CopyTo(filled);
            for (var i = 0; i < count; i++)
            {
                var at = filled[facts[i].Bucket]++;
                (sorted[at], letterIndices[at]) = (facts[i], i);
            }

            sorted.AsSpan(0, count).CopyTo(facts);
        }
        finally
        {
            ArrayPool<LetterFacts>.Shared.Return(sorted);
        }
    }

    // PdfPig's order of the word lists; any other orientation counts as an odd angle.
    private static readonly TextOrientation[] Orientations =
    [
        TextOrientation.Horizontal, TextOrientation.Rotate270, TextOrientation.Rotate180, TextOrientation.Rotate90, TextOrientation.Other,
    ];

    // The index of `orientation` in Orientations, as a switch: Array.IndexOf on an enum array
    // compares through a generic comparer, and this runs for every letter of every page.
    private static int BucketOf(TextOrientation orientation) => orientation switch
    {
        TextOrientation.Horizontal => 0,
        TextOrientation.Rotate270 => 1,
        TextOrientation.Rotate180 => 2,
        TextOrientation.Rotate90 => 3,
        _ => Orientations.Length - 1,
    };

    // What the search needs of a letter, read from it once. A letter is a large object (two
    // rectangles among its fields), and reading the page's letters again in each pass was most of
    // the grouping's cost; these sit side by side in one array.
    private readonly record struct LetterFacts(double StartX, double StartY, double EndX, double EndY, double Size, bool Visible, int Bucket)
    {
        public static LetterFacts Of(Letter letter)
        {
            var (start, end) = (letter.StartBaseLine, letter.EndBaseLine);
            return new LetterFacts(start.X, start.Y, end.X, end.Y, SizeOf(letter), !string.IsNullOrWhiteSpace(letter.Value), BucketOf(letter.TextOrientation));
        }

        private static double SizeOf(Letter letter)
            => Math.Max(Math.Max(Math.Abs(letter.BoundingBox.Width), Math.Abs(letter.Width)), letter.PointSize);
    }

    // The letters of one orientation: the page's letters, which of them are in the run (in drawing
    // order) and their facts.
    private readonly ref struct Run(ReadOnlySpan<Letter> letters, ReadOnlySpan<int> letterIndices, ReadOnlySpan<LetterFacts> facts)
    {
        private readonly ReadOnlySpan<Letter> _letters = letters;
        private readonly ReadOnlySpan<int> _letterIndices = letterIndices;

        public ReadOnlySpan<LetterFacts> Facts { get; } = facts;

        public Letter this[int index] => _letters[_letterIndices[index]];
    }

    // Writes the words of `run` into `words`, the letters of each in turn, and the end of each
    // (counted from `offset`, where `words` starts in the page's array).
    private static void AddWords(Run run, bool oddAngle, Span<Letter> words, int offset, int[] ends, ref int wordCount)
    {
        var length = run.Facts.Length;
        var links = ArrayPool<int>.Shared.Rent(length);
        var order = ArrayPool<int>.Shared.Rent(length);
        try
        {
            NearestLinks(run.Facts, oddAngle, links.AsSpan(0, length));
            var firstEnd = wordCount;
            wordCount += LinkedGroups(links.AsSpan(0, length), order, ends.AsSpan(wordCount));
            for (var i = 0; i < length; i++)
            {
                words[i] = run[order[i]];
            }

            for (var w = firstEnd; w < wordCount; w++)
            {
                ends[w] += offset;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(links);
            ArrayPool<int>.Shared.Return(order);
        }
    }

    // For each letter, the index of the letter it links to, or -1. The per-letter scratch arrays
    // come from the shared pool: a page has thousands of letters and they were a few percent of
    // all the memory an ingest allocated, each collection of which costs CPU time.
    private static void NearestLinks(ReadOnlySpan<LetterFacts> letters, bool oddAngle, Span<int> links)
    {
        var count = letters.Length;
        links.Fill(-1);
        var reach = 0.0;
        foreach (ref readonly var letter in letters)
        {
            reach = Math.Max(reach, letter.Size);
        }

        var share = ShareOfLetterSize * (oddAngle ? 2 : 1);
        reach *= share;
        if (!(reach > 0) || double.IsInfinity(reach))
        {
            return;
        }

        var startCells = ArrayPool<long>.Shared.Rent(count);
        var cells = ArrayPool<long>.Shared.Rent(count);
        var byCell = ArrayPool<int>.Shared.Rent(count);
        try
        {
            // Any letter nearer than `reach` to a point (by either distance, both at least the larger
            // of the two axis differences) starts in that point's cell or one of the eight around it.
            // The letters sorted by cell, row by row from the top, find a row's three cells in one search. Each
            // letter's own cell is kept too: the search around the letter before it looks it up.
            for (var i = 0; i < count; i++)
            {
                cells[i] = startCells[i] = CellKey(Math.Floor(letters[i].StartX / reach), Math.Floor(letters[i].StartY / reach));
                byCell[i] = i;
            }

            SortByCell(cells, byCell, count);

            // The letters are taken in cell order, so that each row's search starts where the
            // previous letter's ended: a letter ends near where it starts, so that is a step or two away.
            Span<int> hints = [0, 0, 0];
            for (var k = 0; k < count; k++)
            {
                var i = byCell[k];
                ref readonly var letter = ref letters[i];
                if (!letter.Visible)
                {
                    continue;
                }

                var area = SearchArea(letters, startCells.AsSpan(0, count), i, reach, oddAngle);
                var best = -1;
                var bestDistance = double.PositiveInfinity;
                for (var rowOffset = area.FirstRowOffset; rowOffset <= area.LastRowOffset; rowOffset++)
                {
                    var row = area.Row + rowOffset;
                    var last = CellKey(area.Right, row);
                    var first = hints[rowOffset + 1] = LowerBound(cells, count, CellKey(area.Left, row), hints[rowOffset + 1]);
                    for (var at = first; at < count && cells[at] <= last; at++)
                    {
                        var j = byCell[at];
                        if (j == i)
                        {
                            continue;
                        }

                        var distance = Distance(letter, letters[j], oddAngle);

                        // Ties go to the letter drawn first, so that the result never depends on the cells' order.
                        if (distance < bestDistance || (distance == bestDistance && j < best))
                        {
                            best = j;
                            bestDistance = distance;
                        }
                    }
                }

                if (best >= 0 && letters[best].Visible && bestDistance < Math.Max(letter.Size, letters[best].Size) * share)
                {
                    links[i] = best;
                }
            }
        }
        finally
        {
            ArrayPool<long>.Shared.Return(startCells);
            ArrayPool<long>.Shared.Return(cells);
            ArrayPool<int>.Shared.Return(byCell);
        }
    }

    // From the end of `from` to the start of `to`: straight for text at an odd angle, along the
    // axes otherwise (as PdfPig measures).
    private static double Distance(in LetterFacts from, in LetterFacts to, bool oddAngle)
    {
        var (dx, dy) = (to.StartX - from.EndX, to.StartY - from.EndY);
        return oddAngle ? Math.Sqrt((dx * dx) + (dy * dy)) : Math.Abs(dx) + Math.Abs(dy);
    }

    // The cells (whole numbers of `reach`) in which the letter nearest the end of letter `i` must
    // start: the cell of that end and the eight around it, as no nearer letter can start further
    // away than `reach`, the largest distance a link may span. Usually far fewer: the next letter
    // drawn mostly starts right where this one ends, and the nearest letter is no farther than
    // it, so only the cells within that distance need a look (with a margin far above any
    // rounding), provided the next letter's own cell (from `startCells`, as the search keys it) is
    // among them; that is one cell, not nine. The end and that distance are counted in cells once,
    // so that the bounds of the area cost no division each.
    private static CellArea SearchArea(ReadOnlySpan<LetterFacts> letters, ReadOnlySpan<long> startCells, int i, double reach, bool oddAngle)
    {
        ref readonly var letter = ref letters[i];
        var (x, y) = (letter.EndX / reach, letter.EndY / reach);
        var (column, row) = (Math.Floor(x), Math.Floor(y));
        var around = new CellArea(row, column - 1, row - 1, column + 1, row + 1);
        if (i + 1 >= letters.Length)
        {
            return around;
        }

        ref readonly var next = ref letters[i + 1];
        var distance = Distance(letter, next, oddAngle);
        if (!(distance < reach))
        {
            return around;
        }

        var radius = (distance + (1e-9 * (distance + Math.Abs(letter.EndX) + Math.Abs(letter.EndY)))) / reach;
        var near = new CellArea(
            row,
            Math.Max(around.Left, Math.Floor(x - radius)),
            Math.Max(around.Bottom, Math.Floor(y - radius)),
            Math.Min(around.Right, Math.Floor(x + radius)),
            Math.Min(around.Top, Math.Floor(y + radius)));
        var nextCell = startCells[i + 1];
        return near.Contains(ColumnOf(nextCell), RowOf(nextCell)) ? near : around;
    }

    // Cells from column `Left` and row `Bottom` to `Right` and `Top` (inclusive), searched for a
    // letter that ends in row `Row`, which the area never extends more than one row beyond.
    private readonly record struct CellArea(double Row, double Left, double Bottom, double Right, double Top)
    {
        // Counted as whole offsets from `Row`, not by stepping a double, which far off the page
        // (where a double's step is larger than 1) would never reach the end.
        public int FirstRowOffset => Bottom < Row ? -1 : 0;

        public int LastRowOffset => Top > Row ? 1 : 0;

        public bool Contains(double column, double row) => column >= Left && column <= Right && row >= Bottom && row <= Top;
    }

    // Sorts the first `count` cell keys, and the letters' indices with them. A page drawn line by
    // line from the top, each line left to right, is in that order already, which one pass tells.
    // Otherwise text still runs along its rows: a (stable) counting sort by row leaves nearly every
    // row's letters in column order already, as they were drawn, so only the few rows that are not
    // need sorting. That is a pass or two instead of a comparison sort of the whole page. Keys that
    // span far more rows than there are letters (a stray glyph far off the page) are sorted the
    // plain way. The order among equal keys differs from a plain sort's; the nearest-letter search
    // does not depend on it.
    private static void SortByCell(long[] cells, int[] byCell, int count)
    {
        if (count < 2 || IsSorted(cells.AsSpan(0, count)))
        {
            return;
        }

        var (lowest, highest) = (TopDownRowOf(cells[0]), TopDownRowOf(cells[0]));
        for (var i = 1; i < count; i++)
        {
            lowest = Math.Min(lowest, TopDownRowOf(cells[i]));
            highest = Math.Max(highest, TopDownRowOf(cells[i]));
        }

        var rows = (long)highest - lowest + 1;
        if (rows > (2L * count) + 64)
        {
            Array.Sort(cells, byCell, 0, count);
            return;
        }

        var rowEnds = ArrayPool<int>.Shared.Rent((int)rows);
        var sortedCells = ArrayPool<long>.Shared.Rent(count);
        var sortedIndices = ArrayPool<int>.Shared.Rent(count);
        try
        {
            var ends = rowEnds.AsSpan(0, (int)rows);
            ends.Clear();
            for (var i = 0; i < count; i++)
            {
                ends[TopDownRowOf(cells[i]) - lowest]++;
            }

            for (var row = 1; row < ends.Length; row++)
            {
                ends[row] += ends[row - 1];
            }

            // Filled from the back, so that each row keeps its letters' order.
            for (var i = count - 1; i >= 0; i--)
            {
                var at = --ends[TopDownRowOf(cells[i]) - lowest];
                (sortedCells[at], sortedIndices[at]) = (cells[i], byCell[i]);
            }

            Array.Copy(sortedCells, cells, count);
            Array.Copy(sortedIndices, byCell, count);

            // `ends` now holds where each row starts.
            for (var row = 0; row < ends.Length; row++)
            {
                var start = ends[row];
                var length = (row + 1 < ends.Length ? ends[row + 1] : count) - start;
                if (!IsSorted(cells.AsSpan(start, length)))
                {
                    Array.Sort(cells, byCell, start, length);
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rowEnds);
            ArrayPool<long>.Shared.Return(sortedCells);
            ArrayPool<int>.Shared.Return(sortedIndices);
        }
    }

    // A key's high half: its row counted from the top, as the rows' complements.
    private static int TopDownRowOf(long cell) => (int)(cell >> 32);

    private static int RowOf(long cell) => ~TopDownRowOf(cell);

    private static int ColumnOf(long cell) => (int)cell ^ int.MinValue;

    private static bool IsSorted(ReadOnlySpan<long> keys)
    {
        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i] < keys[i - 1])
            {
                return false;
            }
        }

        return true;
    }

    // The key of a cell given by its column and row (whole numbers of cells); rows in the high half,
    // so that sorting goes row by row and a row's cells lie side by side. The rows go from the top
    // down (a row's complement, which unlike its negation never overflows), as text is drawn.
    private static long CellKey(double column, double row)
    {
        var c = (int)Math.Clamp(column, int.MinValue, int.MaxValue);
        var r = (int)Math.Clamp(row, int.MinValue, int.MaxValue);
        return ((long)~r << 32) | (uint)(c ^ int.MinValue);
    }

    // The first of the `count` sorted keys that is not below `key`, searched outward from `hint`
    // with a stride that doubles: a near answer costs a step or two, a far one no more than a
    // binary search (the pooled array may be longer than `count`).
    private static int LowerBound(long[] sorted, int count, long key, int hint)
    {
        int low, high;
        if (hint < count && sorted[hint] < key)
        {
            // The answer lies right of the hint.
            (low, high) = (hint + 1, hint + 1);
            for (var step = 1; high < count && sorted[high] < key; step <<= 1)
            {
                low = high + 1;
                high = low + step < count ? low + step : count;
            }
        }
        else
        {
            // The answer is the hint or lies left of it.
            (low, high) = (0, Math.Min(hint, count));
            for (int bound = high - 1, step = 1; bound >= 0; step <<= 1)
            {
                if (sorted[bound] < key)
                {
                    low = bound + 1;
                    break;
                }

                high = bound;
                bound -= step;
            }
        }

        while (low < high)
        {
            var middle = low + ((high - low) >> 1);
            if (sorted[middle] < key)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    // The linked groups, each in depth-first order from its first letter in drawing order (as PdfPig
    // orders a word's letters), the groups in order of their first letter. A letter's neighbours are
    // listed in the order PdfPig adds them: by the lower index of their link, so the letters linked
    // to it from before it, then the one it links to, then those linked to it from after it. Writes
    // the letters' indices group after group into `order` and each group's end into `ends`; returns
    // the number of groups.
    private static int LinkedGroups(ReadOnlySpan<int> links, Span<int> order, Span<int> ends)
    {
        var count = links.Length;
        var pool = ArrayPool<int>.Shared;

        // Each letter links to at most one other, so the links into a letter are a chain through
        // `nextLinkedFrom`, in drawing order (built from the back), starting at `firstLinkedFrom`.
        var firstLinkedFrom = pool.Rent(count);
        var nextLinkedFrom = pool.Rent(count);
        var stack = pool.Rent(count);
        var done = ArrayPool<bool>.Shared.Rent(count);
        try
        {
            firstLinkedFrom.AsSpan(0, count).Fill(-1);
            Array.Clear(done, 0, count);
            for (var i = count - 1; i >= 0; i--)
            {
                if (links[i] is var j && j >= 0)
                {
                    nextLinkedFrom[i] = firstLinkedFrom[j];
                    firstLinkedFrom[j] = i;
                }
            }

            var written = 0;
            var groups = 0;
            for (var first = 0; first < count; first++)
            {
                if (done[first])
                {
                    continue;
                }

                var top = 0;
                stack[top++] = first;
                done[first] = true;
                while (top > 0)
                {
                    var current = stack[--top];
                    order[written++] = current;
                    var from = firstLinkedFrom[current];
                    for (; from >= 0 && from < current; from = nextLinkedFrom[from])
                    {
                        Push(from, stack, ref top, done);
                    }

                    if (links[current] >= 0)
                    {
                        Push(links[current], stack, ref top, done);
                    }

                    for (; from >= 0; from = nextLinkedFrom[from])
                    {
                        Push(from, stack, ref top, done);
                    }
                }

                ends[groups++] = written;
            }

            return groups;
        }
        finally
        {
            pool.Return(firstLinkedFrom);
            pool.Return(nextLinkedFrom);
            pool.Return(stack);
            ArrayPool<bool>.Shared.Return(done);
        }
    }

    private static void Push(int letter, int[] stack, ref int top, bool[] done)
    {
        if (!done[letter])
        {
            done[letter] = true;
            stack[top++] = letter;
        }
    }
}
