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
        var r = 0;
        while (r < rows.Count)
        {
            var region = GrowFrom(rows, r);
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
    private ColumnRegion? GrowFrom(IReadOnlyList<IReadOnlyList<TextLine>> rows, int start)
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
                var narrowed = Narrow(corridor, row);
                if (narrowed.Right - narrowed.Left < minGutter
                    || row.Any(l => Math.Abs(l.FontSize - size) > options.ColumnSizeTolerance * size)
                    || Top(row) < Bottom(rows[r - 1]) - (options.MaxColumnRowGapEm * size))
                {
                    break;
                }

                corridor = narrowed;
                if (row.Any(l => l.Box.Right <= corridor.Left) && row.Any(l => l.Box.Left >= corridor.Right))
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
    // two reused lists rather than building new ones per line.
    private static (double Left, double Right) Narrow((double Left, double Right) corridor, IReadOnlyList<TextLine> row)
    {
        var free = new List<(double Left, double Right)> { corridor };
        var next = new List<(double Left, double Right)>();
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
    private bool IsProse(IReadOnlyList<IReadOnlyList<TextLine>> rows, List<int> twoSided, double middle)
    {
        foreach (var leftSide in new[] { true, false })
        {
            var words = twoSided.SelectMany(r => rows[r].Where(l => l.Box.CentreX < middle == leftSide)).SelectMany(l => l.Words).ToList();
            var wordsPerRow = (double)words.Count / twoSided.Count;
            var letterWords = words.Count(w => w.Text.Any(char.IsLetter));
            if (wordsPerRow < options.MinProseWordsPerRow || letterWords < options.MinProseLetterShare * words.Count)
            {
                return false;
            }
        }

        return true;
    }

    private static double Top(IReadOnlyList<TextLine> row) => row.Max(l => l.Box.Top);

    private static double Bottom(IReadOnlyList<TextLine> row) => row.Min(l => l.Box.Bottom);
}
