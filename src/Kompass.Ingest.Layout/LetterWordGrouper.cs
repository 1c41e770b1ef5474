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
    /// </summary>
    public static LetterGroups GetWords(ReadOnlySpan<Letter> letters)
    {
        var count = letters.Length;

        // The letters sorted by orientation, drawing order kept within each (a counting sort), so
        // that each orientation is one run of a pooled array instead of a list of its own.
        Span<int> starts = stackalloc int[Orientations.Length + 1];
        for (var i = 0; i < count; i++)
        {
            starts[BucketOf(letters[i].TextOrientation) + 1]++;
        }

        for (var bucket = 0; bucket < Orientations.Length; bucket++)
        {
            starts[bucket + 1] += starts[bucket];
        }

        var byOrientation = ArrayPool<Letter>.Shared.Rent(count);
        var ends = ArrayPool<int>.Shared.Rent(count);
        try
        {
            Span<int> filled = stackalloc int[Orientations.Length];
            starts[..Orientations.Length].CopyTo(filled);
            for (var i = 0; i < count; i++)
            {
                byOrientation[filled[BucketOf(letters[i].TextOrientation)]++] = letters[i];
            }

            var words = new Letter[count];
            var wordCount = 0;
            for (var bucket = 0; bucket < Orientations.Length; bucket++)
            {
                var same = byOrientation.AsSpan(starts[bucket], starts[bucket + 1] - starts[bucket]);
                if (!same.IsEmpty)
                {
                    AddWords(same, Orientations[bucket] == TextOrientation.Other, words.AsSpan(starts[bucket]), starts[bucket], ends, ref wordCount);
                }
            }

            return new LetterGroups(words, ends.AsSpan(0, wordCount).ToArray());
        }
        finally
        {
            // Cleared, so that the pool does not keep the page's letters alive.
            ArrayPool<Letter>.Shared.Return(byOrientation, clearArray: true);
            ArrayPool<int>.Shared.Return(ends);
        }
    }

    // PdfPig's order of the word lists; any other orientation counts as an odd angle.
    private static readonly TextOrientation[] Orientations =
    [
        TextOrientation.Horizontal, TextOrientation.Rotate270, TextOrientation.Rotate180, TextOrientation.Rotate90, TextOrientation.Other,
    ];

    // The index of `orientation` in Orientations, as a switch: Array.IndexOf on an enum array
    // compares through a generic comparer, and this runs twice for every letter of every page.
    private static int BucketOf(TextOrientation orientation) => orientation switch
    {
        TextOrientation.Horizontal => 0,
        TextOrientation.Rotate270 => 1,
        TextOrientation.Rotate180 => 2,
        TextOrientation.Rotate90 => 3,
        _ => Orientations.Length - 1,
    };

    // Writes the words of `letters` (all of one orientation) into `words`, the letters of each in
    // turn, and the end of each (counted from `offset`, where `words` starts in the page's array).
    private static void AddWords(ReadOnlySpan<Letter> letters, bool oddAngle, Span<Letter> words, int offset, int[] ends, ref int wordCount)
    {
        var links = ArrayPool<int>.Shared.Rent(letters.Length);
        try
        {
            NearestLinks(letters, oddAngle, links.AsSpan(0, letters.Length));
            var order = ArrayPool<int>.Shared.Rent(letters.Length);
            try
            {
                var firstEnd = wordCount;
                wordCount += LinkedGroups(links.AsSpan(0, letters.Length), order, ends.AsSpan(wordCount));
                for (var i = 0; i < letters.Length; i++)
                {
                    words[i] = letters[order[i]];
                }

                for (var w = firstEnd; w < wordCount; w++)
                {
                    ends[w] += offset;
                }
            }
            finally
            {
                ArrayPool<int>.Shared.Return(order);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(links);
        }
    }

    // For each letter, the index of the letter it links to, or -1. The per-letter scratch arrays
    // come from the shared pool: a page has thousands of letters and they were a few percent of
    // all the memory an ingest allocated, each collection of which costs CPU time.
    private static void NearestLinks(ReadOnlySpan<Letter> letters, bool oddAngle, Span<int> links)
    {
        var count = letters.Length;
        links.Fill(-1);
        var starts = ArrayPool<(double X, double Y)>.Shared.Rent(count);
        var ends = ArrayPool<(double X, double Y)>.Shared.Rent(count);
        var sizes = ArrayPool<double>.Shared.Rent(count);
        var visible = ArrayPool<bool>.Shared.Rent(count);
        var cells = ArrayPool<long>.Shared.Rent(count);
        var byCell = ArrayPool<int>.Shared.Rent(count);
        try
        {
            var reach = 0.0;
            for (var i = 0; i < count; i++)
            {
                var letter = letters[i];
                starts[i] = (letter.StartBaseLine.X, letter.StartBaseLine.Y);
                ends[i] = (letter.EndBaseLine.X, letter.EndBaseLine.Y);
                sizes[i] = Size(letter);
                visible[i] = !string.IsNullOrWhiteSpace(letter.Value);
                reach = Math.Max(reach, sizes[i]);
            }

            var share = ShareOfLetterSize * (oddAngle ? 2 : 1);
            reach *= share;
            if (!(reach > 0) || double.IsInfinity(reach))
            {
                return;
            }

            // Any letter nearer than `reach` to a point (by either distance, both at least the larger
            // of the two axis differences) starts in that point's cell or one of the eight around it.
            // The letters sorted by cell, row by row, find a row's three cells in one search.
            for (var i = 0; i < count; i++)
            {
                cells[i] = CellKey(Math.Floor(starts[i].X / reach), Math.Floor(starts[i].Y / reach));
                byCell[i] = i;
            }

            SortByCell(cells, byCell, count);

            // The letters are taken in cell order, so that each row's search starts where the
            // previous letter's ended: a letter ends near where it starts, so that is a step or two away.
            Span<int> hints = [0, 0, 0];
            for (var k = 0; k < count; k++)
            {
                var i = byCell[k];
                if (!visible[i])
                {
                    continue;
                }

                var end = ends[i];
                var (column, row) = (Math.Floor(end.X / reach), Math.Floor(end.Y / reach));
                var best = -1;
                var bestDistance = double.PositiveInfinity;
                for (var rowOffset = -1; rowOffset <= 1; rowOffset++)
                {
                    var last = CellKey(column + 1, row + rowOffset);
                    var first = hints[rowOffset + 1] = LowerBound(cells, count, CellKey(column - 1, row + rowOffset), hints[rowOffset + 1]);
                    for (var at = first; at < count && cells[at] <= last; at++)
                    {
                        var j = byCell[at];
                        if (j == i)
                        {
                            continue;
                        }

                        var (dx, dy) = (starts[j].X - end.X, starts[j].Y - end.Y);
                        var distance = oddAngle ? Math.Sqrt((dx * dx) + (dy * dy)) : Math.Abs(dx) + Math.Abs(dy);

                        // Ties go to the letter drawn first, so that the result never depends on the cells' order.
                        if (distance < bestDistance || (distance == bestDistance && j < best))
                        {
                            best = j;
                            bestDistance = distance;
                        }
                    }
                }

                if (best >= 0 && visible[best] && bestDistance < Math.Max(sizes[i], sizes[best]) * share)
                {
                    links[i] = best;
                }
            }
        }
        finally
        {
            ArrayPool<(double X, double Y)>.Shared.Return(starts);
            ArrayPool<(double X, double Y)>.Shared.Return(ends);
            ArrayPool<double>.Shared.Return(sizes);
            ArrayPool<bool>.Shared.Return(visible);
            ArrayPool<long>.Shared.Return(cells);
            ArrayPool<int>.Shared.Return(byCell);
        }
    }

    // Sorts the first `count` cell keys, and the letters' indices with them. Text runs along its
    // rows: a (stable) counting sort by row leaves nearly every row's letters in column order
    // already, as they were drawn, so only the few rows that are not need sorting. That is a pass
    // or two instead of a comparison sort of the whole page. Keys that span far more rows than
    // there are letters (a stray glyph far off the page) are sorted the plain way. The order among
    // equal keys differs from a plain sort's; the nearest-letter search does not depend on it.
    private static void SortByCell(long[] cells, int[] byCell, int count)
    {
        if (count < 2)
        {
            return;
        }

        var (lowest, highest) = (RowOf(cells[0]), RowOf(cells[0]));
        for (var i = 1; i < count; i++)
        {
            lowest = Math.Min(lowest, RowOf(cells[i]));
            highest = Math.Max(highest, RowOf(cells[i]));
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
                ends[RowOf(cells[i]) - lowest]++;
            }

            for (var row = 1; row < ends.Length; row++)
            {
                ends[row] += ends[row - 1];
            }

            // Filled from the back, so that each row keeps its letters' order.
            for (var i = count - 1; i >= 0; i--)
            {
                var at = --ends[RowOf(cells[i]) - lowest];
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

    private static int RowOf(long cell) => (int)(cell >> 32);

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
    // so that sorting goes row by row and a row's cells lie side by side.
    private static long CellKey(double column, double row)
    {
        var c = (int)Math.Clamp(column, int.MinValue, int.MaxValue);
        var r = (int)Math.Clamp(row, int.MinValue, int.MaxValue);
        return ((long)r << 32) | (uint)(c ^ int.MinValue);
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

    private static double Size(Letter letter)
        => Math.Max(Math.Max(Math.Abs(letter.BoundingBox.Width), Math.Abs(letter.Width)), letter.PointSize);

    // The linked groups, each in depth-first order from its first letter in drawing order (as PdfPig
    // orders a word's letters), the groups in order of their first letter. A letter's neighbours are
    // listed in the order PdfPig adds them: by the lower index of their link. Writes the letters'
    // indices group after group into `order` and each group's end into `ends`; returns the number of groups.
    private static int LinkedGroups(ReadOnlySpan<int> links, Span<int> order, Span<int> ends)
    {
        var count = links.Length;
        var pool = ArrayPool<int>.Shared;
        var firstNeighbour = pool.Rent(count + 1);
        var neighbours = pool.Rent(2 * count);
        var filled = pool.Rent(count);
        var stack = pool.Rent(count);
        var done = ArrayPool<bool>.Shared.Rent(count);
        try
        {
            Array.Clear(firstNeighbour, 0, count + 1);
            Array.Clear(filled, 0, count);
            Array.Clear(done, 0, count);
            foreach (var link in links)
            {
                if (link >= 0)
                {
                    firstNeighbour[link + 1]++;
                }
            }

            for (var i = 0; i < count; i++)
            {
                firstNeighbour[i + 1] += firstNeighbour[i] + (links[i] >= 0 ? 1 : 0);
            }

            for (var i = 0; i < count; i++)
            {
                if (links[i] is var j && j >= 0)
                {
                    neighbours[firstNeighbour[i] + filled[i]++] = j;
                    neighbours[firstNeighbour[j] + filled[j]++] = i;
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
                    for (var n = firstNeighbour[current]; n < firstNeighbour[current + 1]; n++)
                    {
                        if (!done[neighbours[n]])
                        {
                            done[neighbours[n]] = true;
                            stack[top++] = neighbours[n];
                        }
                    }
                }

                ends[groups++] = written;
            }

            return groups;
        }
        finally
        {
            pool.Return(firstNeighbour);
            pool.Return(neighbours);
            pool.Return(filled);
            pool.Return(stack);
            ArrayPool<bool>.Shared.Return(done);
        }
    }
}
