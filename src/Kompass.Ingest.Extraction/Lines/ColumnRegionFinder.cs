using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Extraction.Lines;

/// <summary>
/// Finds where a page is set in two columns of prose, from geometry alone: consecutive rows that
/// share a vertical whitespace corridor (no line crosses it), with lines on both sides in enough
/// of them, and on each side words that read as running text (several words a row, mostly
/// letters). Table columns also leave such corridors; their cells are short or numeric, so they
/// fail the prose test and a table is never split into columns. A row crossing the corridor (a
/// heading or a table across the page), a change of text size or a wide vertical gap ends the
/// region. Pure.
/// </summary>
internal sealed class ColumnRegionFinder(LineBuilderOptions options)
{
    /// <summary>The two-column regions among <paramref name="rows"/> (each row's lines left to right, rows top to bottom).</summary>
    public IReadOnlyList<ColumnRegion> Find(IReadOnlyList<IReadOnlyList<TextLine>> rows)
    {
        var regions = new List<ColumnRegion>();
        var scratch = new Scratch();
        var r = 0;
        while (r < rows.Count)
        {
            var region = GrowFrom(rows, r, scratch);
            if (region is not null)
            {
                regions.Add(region);
                r = region.LastRow + 1;
            }
            else
            {
                r++;
            }
        }

        return regions;
    }

    // Tries each gap of row `start` as the gutter and keeps the first that grows into a region.
    // The corridor is the part of that gap every following row leaves free; it narrows as ragged
    // line ends reach into it, and the region ends where it would become narrower than a gutter.
    private ColumnRegion? GrowFrom(IReadOnlyList<IReadOnlyList<TextLine>> rows, int start, Scratch scratch)
    {
        var first = rows[start];
        for (var g = 1; g < first.Count; g++)
        {
            var size = first[g - 1].FontSize;
            var minGutter = options.MinGutterEm * size;
            var corridor = (Left: first[g - 1].Box.Right, Right: first[g].Box.Left);
            var last = start;
            var twoSided = new List<int> { start };
            for (var r = start + 1; r < rows.Count; r++)
            {
                var row = rows[r];
                var narrowed = Narrow(corridor, row, scratch);
                if (narrowed.Right - narrowed.Left < minGutter
                    || !SameSize(row, size, options.ColumnSizeTolerance * size)
                    || Top(row) < Bottom(rows[r - 1]) - (options.MaxColumnRowGapEm * size))
                {
                    break;
                }

                corridor = narrowed;
                if (HasLineLeftOf(row, corridor.Left) && HasLineRightOf(row, corridor.Right))
                {
                    twoSided.Add(r);
                }

                last = r;
            }

            var middle = (corridor.Left + corridor.Right) / 2;
            if (twoSided.Count >= options.MinColumnRows && IsProse(rows, twoSided, middle))
            {
                return new ColumnRegion(start, last, corridor.Left, corridor.Right);
            }
        }

        return null;
    }

    // The corridor less what the row's lines cover: the widest free stretch left of it (the
    // leftmost of equally wide ones). Called for every row below every gap tried, so it works in
    // two lists reused across the whole page rather than building new ones per call.
    private static (double Left, double Right) Narrow((double Left, double Right) corridor, IReadOnlyList<TextLine> row, Scratch scratch)
    {
        var (free, next) = (scratch.Free, scratch.Next);
        free.Clear();
        free.Add(corridor);
        foreach (var line in row)
        {
            next.Clear();
            foreach (var f in free)
            {
                if (line.Box.Right <= f.Left || line.Box.Left >= f.Right)
                {
                    next.Add(f);
                    continue;
                }

                var left = (f.Left, Math.Min(f.Right, line.Box.Left));
                var right = (Math.Max(f.Left, line.Box.Right), f.Right);
                if (left.Item2 > left.Item1)
                {
                    next.Add(left);
                }

                if (right.Item2 > right.Item1)
                {
                    next.Add(right);
                }
            }

            (free, next) = (next, free);
        }

        if (free.Count == 0)
        {
            return (corridor.Left, corridor.Left);
        }

        var widest = free[0];
        foreach (var f in free)
        {
            if ((f.Right - f.Left).CompareTo(widest.Right - widest.Left) > 0)
            {
                widest = f;
            }
        }

        return widest;
    }

    // Running text on both sides: on average several words a row, most of them holding letters.
    // Asked for every gap tried, of a table's rows too: it counts the words, it does not list them.
    private bool IsProse(IReadOnlyList<IReadOnlyList<TextLine>> rows, List<int> twoSided, double middle)
        => IsProseSide(rows, twoSided, middle, leftSide: true) && IsProseSide(rows, twoSided, middle, leftSide: false);

    private bool IsProseSide(IReadOnlyList<IReadOnlyList<TextLine>> rows, List<int> twoSided, double middle, bool leftSide)
    {
        var words = 0;
        var letterWords = 0;
        foreach (var r in twoSided)
        {
            var row = rows[r];
            for (var i = 0; i < row.Count; i++)
            {
                if (row[i].Box.CentreX < middle != leftSide)
                {
                    continue;
                }

                var lineWords = row[i].Words;
                words += lineWords.Count;
                for (var w = 0; w < lineWords.Count; w++)
                {
                    letterWords += CharCounts.HasLetter(lineWords[w].Text) ? 1 : 0;
                }
            }
        }

        var wordsPerRow = (double)words / twoSided.Count;
        return wordsPerRow >= options.MinProseWordsPerRow && letterWords >= options.MinProseLetterShare * words;
    }

    // The helpers below run for every row below every gap tried: plain loops, no closures or enumerators.
    private static bool SameSize(IReadOnlyList<TextLine> row, double size, double tolerance)
    {
        for (var i = 0; i < row.Count; i++)
        {
            if (Math.Abs(row[i].FontSize - size) > tolerance)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasLineLeftOf(IReadOnlyList<TextLine> row, double x)
    {
        for (var i = 0; i < row.Count; i++)
        {
            if (row[i].Box.Right <= x)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLineRightOf(IReadOnlyList<TextLine> row, double x)
    {
        for (var i = 0; i < row.Count; i++)
        {
            if (row[i].Box.Left >= x)
            {
                return true;
            }
        }

        return false;
    }

    private static double Top(IReadOnlyList<TextLine> row)
    {
        var top = row[0].Box.Top;
        for (var i = 1; i < row.Count; i++)
        {
            top = Math.Max(top, row[i].Box.Top);
        }

        return top;
    }

    private static double Bottom(IReadOnlyList<TextLine> row)
    {
        var bottom = row[0].Box.Bottom;
        for (var i = 1; i < row.Count; i++)
        {
            bottom = Math.Min(bottom, row[i].Box.Bottom);
        }

        return bottom;
    }

    /// <summary>The free stretches of a corridor while it is narrowed, kept for one page's search.</summary>
    private sealed class Scratch
    {
        public List<(double Left, double Right)> Free { get; } = [];

        public List<(double Left, double Right)> Next { get; } = [];
    }
}
