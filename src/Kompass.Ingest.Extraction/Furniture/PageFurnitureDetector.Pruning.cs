using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction.Furniture;

/// <summary>
/// The checks a repeated line must also pass to be furniture: it stands at the page's edge (every
/// row between it and the edge is furniture too), and it is set apart from the body by more white
/// space than separates the body's own lines. A heading's first line ("Rubriker" under each area's
/// heading) repeats at one place on many pages, yet fails both.
/// </summary>
public sealed partial class PageFurnitureDetector
{
    private const string PageNumberGroup = "page numbers";

    private void Prune(List<PageLines> pages, Dictionary<int, List<List<TextLine>>> rows, Dictionary<TextLine, FurnitureLine> found, Dictionary<TextLine, string> groups, int minPages)
    {
        var lineGap = TypicalLineGap(pages, rows);
        while (true)
        {
            Settle(pages, rows, found, groups, minPages);

            // One group at a time, the closest first: what stood beyond it is measured again.
            var closest = groups.Where(g => g.Value != PageNumberGroup).GroupBy(g => g.Value)
                .Select(g => (Members: g.Select(m => m.Key).ToList(), Separation: Median(g.Select(m => Separation(rows[m.Key.Page], m.Key, found)))))
                .Where(g => g.Separation < _options.MinSeparationLines * lineGap)
                .OrderBy(g => g.Separation)
                .FirstOrDefault();
            if (closest.Members is null)
            {
                return;
            }

            foreach (var line in closest.Members)
            {
                found.Remove(line);
                groups.Remove(line);
            }
        }
    }

    // Drops what no longer stands at an edge or no longer repeats, until nothing changes.
    private void Settle(List<PageLines> pages, Dictionary<int, List<List<TextLine>>> rows, Dictionary<TextLine, FurnitureLine> found, Dictionary<TextLine, string> groups, int minPages)
    {
        bool changed;
        do
        {
            var detached = new List<TextLine>();
            foreach (var page in pages)
            {
                AddDetached(rows[page.Number], found, FurnitureBand.Top, _options.BandRows, detached);
                AddDetached(rows[page.Number], found, FurnitureBand.Bottom, _options.BandRows, detached);
            }

            var sparse = groups.GroupBy(g => g.Value)
                .Where(g => g.Select(m => m.Key.Page).Distinct().Count() < minPages)
                .SelectMany(g => g.Select(m => m.Key)).ToList();
            foreach (var line in detached.Concat(sparse))
            {
                found.Remove(line);
                groups.Remove(line);
            }

            changed = detached.Count + sparse.Count > 0;
        }
        while (changed);
    }

    // The furniture lines of one band with a row of content between them and their edge, row by
    // row from the edge. Asked of every page again after every removal, so the rows are walked by
    // index, without a copy of the page reversed or a list per row, and only the band's rows: a
    // line of a band stands in one of the page's `bandRows` rows nearest that edge, so no row
    // further in holds any.
    private static void AddDetached(List<List<TextLine>> rows, Dictionary<TextLine, FurnitureLine> found, FurnitureBand band, int bandRows, List<TextLine> detached)
    {
        var reached = true;
        for (var n = 0; n < Math.Min(bandRows, rows.Count); n++)
        {
            var row = rows[band == FurnitureBand.Top ? n : rows.Count - 1 - n];
            var hasFurniture = false;
            foreach (var line in row)
            {
                if (found.TryGetValue(line, out var f) && f.Band == band)
                {
                    hasFurniture = true;
                    if (!reached)
                    {
                        detached.Add(line);
                    }
                }
            }

            reached &= hasFurniture;
        }
    }

    // White space between a furniture line and the nearest row inward that is not furniture;
    // infinite when the page has no such row.
    private static double Separation(List<List<TextLine>> rows, TextLine line, Dictionary<TextLine, FurnitureLine> found)
    {
        // The page's rows are grouped already and rise by row: walk inward from the line's row.
        var top = found[line].Band == FurnitureBand.Top;
        List<TextLine>? inward = null;
        for (var k = top ? 0 : rows.Count - 1; k >= 0 && k < rows.Count; k += top ? 1 : -1)
        {
            var row = rows[k];
            if ((top ? row[0].Row > line.Row : row[0].Row < line.Row) && !row.Any(found.ContainsKey))
            {
                inward = row;
                break;
            }
        }

        if (inward is null)
        {
            return double.PositiveInfinity;
        }

        return top ? line.Box.Bottom - inward.Max(l => l.Box.Top) : inward.Min(l => l.Box.Bottom) - line.Box.Top;
    }

    // The white space lines of running text usually leave between them: the median of the gaps
    // between consecutive rows that are no wider than an em of the upper row (line spacing, not a
    // paragraph or a margin). 0, which disables the check, when a document has no such gaps.
    private static double TypicalLineGap(List<PageLines> pages, Dictionary<int, List<List<TextLine>>> byPage)
    {
        var gaps = new List<double>();
        foreach (var page in pages)
        {
            // Each row is the upper of one pair and the lower of the next: its extremes taken once.
            var rows = byPage[page.Number];
            var upper = Extremes(rows[0]);
            for (var i = 1; i < rows.Count; i++)
            {
                var lower = Extremes(rows[i]);
                var gap = upper.Bottom - lower.Top;
                if (gap > 0 && gap <= upper.FontSize)
                {
                    gaps.Add(gap);
                }

                upper = lower;
            }
        }

        return gaps.Count == 0 ? 0 : Median(gaps);
    }

    // A row's lowest bottom, highest top and largest font size.
    private static (double Bottom, double Top, double FontSize) Extremes(List<TextLine> row)
    {
        var (bottom, top, size) = (row[0].Box.Bottom, row[0].Box.Top, row[0].FontSize);
        for (var i = 1; i < row.Count; i++)
        {
            bottom = Math.Min(bottom, row[i].Box.Bottom);
            top = Math.Max(top, row[i].Box.Top);
            size = Math.Max(size, row[i].FontSize);
        }

        return (bottom, top, size);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
    }
}
