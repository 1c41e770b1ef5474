using System.Buffers;
using UglyToad.PdfPig.Content;
using PdfPigWord = UglyToad.PdfPig.Content.Word;

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

    /// <summary>The words of <paramref name="letters"/>: horizontal ones first, then each rotation, then odd angles.</summary>
    public static List<PdfPigWord> GetWords(IReadOnlyList<Letter> letters)
    {
        var byOrientation = new List<Letter>?[Orientations.Length];
        foreach (var letter in letters)
        {
            var bucket = Array.IndexOf(Orientations, letter.TextOrientation);
            (byOrientation[bucket < 0 ? Orientations.Length - 1 : bucket] ??= new List<Letter>(letters.Count)).Add(letter);
        }

        var words = new List<PdfPigWord>(letters.Count / 4);
        for (var bucket = 0; bucket < Orientations.Length; bucket++)
        {
            if (byOrientation[bucket] is { } same)
            {
                AddWords(same, Orientations[bucket] == TextOrientation.Other, words);
            }
        }

        return words;
    }

    // PdfPig's order of the word lists; any other orientation counts as an odd angle.
    private static readonly TextOrientation[] Orientations =
    [
        TextOrientation.Horizontal, TextOrientation.Rotate270, TextOrientation.Rotate180, TextOrientation.Rotate90, TextOrientation.Other,
    ];

    private static void AddWords(List<Letter> letters, bool oddAngle, List<PdfPigWord> words)
    {
        var nearest = NearestLinks(letters, oddAngle);
        foreach (var group in LinkedGroups(nearest))
        {
            var wordLetters = new Letter[group.Length];
            for (var i = 0; i < group.Length; i++)
            {
                wordLetters[i] = letters[group[i]];
            }

            words.Add(new PdfPigWord(wordLetters));
        }
    }

    // For each letter, the index of the letter it links to, or -1. The per-letter scratch arrays
    // come from the shared pool: a page has thousands of letters and they were a few percent of
    // all the memory an ingest allocated, each collection of which costs CPU time.
    private static int[] NearestLinks(List<Letter> letters, bool oddAngle)
    {
        var count = letters.Count;
        var links = new int[count];
        Array.Fill(links, -1);
        var starts = ArrayPool<(double X, double Y)>.Shared.Rent(count);
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
                sizes[i] = Size(letter);
                visible[i] = !string.IsNullOrWhiteSpace(letter.Value);
                reach = Math.Max(reach, sizes[i]);
            }

            var share = ShareOfLetterSize * (oddAngle ? 2 : 1);
            reach *= share;
            if (!(reach > 0) || double.IsInfinity(reach))
            {
                return links;
            }

            // Any letter nearer than `reach` to a point (by either distance, both at least the larger
            // of the two axis differences) starts in that point's cell or one of the eight around it.
            // The letters sorted by cell, row by row, find a row's three cells in one binary search.
            for (var i = 0; i < count; i++)
            {
                cells[i] = CellKey(starts[i].X, starts[i].Y, reach, 0, 0);
                byCell[i] = i;
            }

            Array.Sort(cells, byCell, 0, count);
            for (var i = 0; i < count; i++)
            {
                if (!visible[i])
                {
                    continue;
                }

                var end = letters[i].EndBaseLine;
                var best = -1;
                var bestDistance = double.PositiveInfinity;
                for (var row = -1; row <= 1; row++)
                {
                    var last = CellKey(end.X, end.Y, reach, 1, row);
                    for (var at = LowerBound(cells, count, CellKey(end.X, end.Y, reach, -1, row)); at < count && cells[at] <= last; at++)
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

            return links;
        }
        finally
        {
            ArrayPool<(double X, double Y)>.Shared.Return(starts);
            ArrayPool<double>.Shared.Return(sizes);
            ArrayPool<bool>.Shared.Return(visible);
            ArrayPool<long>.Shared.Return(cells);
            ArrayPool<int>.Shared.Return(byCell);
        }
    }

    // The cell of a point, moved by whole cells; rows in the high half, so that sorting goes row by
    // row and a row's cells lie side by side.
    private static long CellKey(double x, double y, double size, int columnOffset, int rowOffset)
    {
        var column = (int)Math.Clamp(Math.Floor(x / size) + columnOffset, int.MinValue, int.MaxValue);
        var row = (int)Math.Clamp(Math.Floor(y / size) + rowOffset, int.MinValue, int.MaxValue);
        return ((long)row << 32) | (uint)(column ^ int.MinValue);
    }

    // The first of the `count` sorted keys that is not below `key` (the pooled array may be longer).
    private static int LowerBound(long[] sorted, int count, long key)
    {
        var index = Array.BinarySearch(sorted, 0, count, key);
        if (index < 0)
        {
            return ~index;
        }

        while (index > 0 && sorted[index - 1] == key)
        {
            index--;
        }

        return index;
    }

    private static double Size(Letter letter)
        => Math.Max(Math.Max(Math.Abs(letter.BoundingBox.Width), Math.Abs(letter.Width)), letter.PointSize);

    // The linked groups, each in depth-first order from its first letter in drawing order (as PdfPig
    // orders a word's letters), the groups in order of their first letter. A letter's neighbours are
    // listed in the order PdfPig adds them: by the lower index of their link.
    private static List<int[]> LinkedGroups(int[] links)
    {
        var count = links.Length;
        var firstNeighbour = new int[count + 1];
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

        var neighbours = new int[firstNeighbour[count]];
        var filled = new int[count];
        for (var i = 0; i < count; i++)
        {
            if (links[i] is var j && j >= 0)
            {
                neighbours[firstNeighbour[i] + filled[i]++] = j;
                neighbours[firstNeighbour[j] + filled[j]++] = i;
            }
        }

        var groups = new List<int[]>();
        var done = new bool[count];
        var stack = new Stack<int>();
        var group = new List<int>();
        for (var first = 0; first < count; first++)
        {
            if (done[first])
            {
                continue;
            }

            group.Clear();
            stack.Push(first);
            done[first] = true;
            while (stack.Count > 0)
            {
                var current = stack.Pop();
                group.Add(current);
                for (var n = firstNeighbour[current]; n < firstNeighbour[current + 1]; n++)
                {
                    if (!done[neighbours[n]])
                    {
                        done[neighbours[n]] = true;
                        stack.Push(neighbours[n]);
                    }
                }
            }

            groups.Add([.. group]);
        }

        return groups;
    }
}
