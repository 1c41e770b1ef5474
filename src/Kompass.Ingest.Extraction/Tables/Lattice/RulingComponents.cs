namespace Kompass.Ingest.Extraction.Tables.Lattice;

/// <summary>
/// Splits segments into connected groups: two segments are connected when they cross or touch.
/// Each group with both orientations is a candidate table; lines that touch nothing are dropped.
/// </summary>
internal static class RulingComponents
{
    /// <summary>The groups of crossing segments that contain at least one horizontal and one vertical segment.</summary>
    public static IReadOnlyList<(IReadOnlyList<Segment> Horizontal, IReadOnlyList<Segment> Vertical)> Find(
        IReadOnlyList<Segment> horizontal, IReadOnlyList<Segment> vertical, double tolerance)
    {
        var parent = Enumerable.Range(0, horizontal.Count + vertical.Count).ToArray();
        int Root(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        // A vertical segment can cross a horizontal one only where its x lies within the
        // horizontal's reach: with the verticals sorted by x, each horizontal one is tested against
        // that stretch alone, not against every vertical segment of the page. The groups do not
        // depend on the order the crossings are found in. (A position that is no number crosses nothing.)
        var byX = Enumerable.Range(0, vertical.Count).Where(v => !double.IsNaN(vertical[v].Position)).OrderBy(v => vertical[v].Position).ToArray();
        var xs = Array.ConvertAll(byX, v => vertical[v].Position);
        for (var h = 0; h < horizontal.Count; h++)
        {
            for (var k = FirstAtOrAbove(xs, horizontal[h].From - tolerance); k < xs.Length && xs[k] <= horizontal[h].To + tolerance; k++)
            {
                var v = byX[k];
                if (horizontal[h].Crosses(vertical[v], tolerance))
                {
                    parent[Root(h)] = Root(horizontal.Count + v);
                }
            }
        }

        return Enumerable.Range(0, parent.Length)
            .GroupBy(Root)
            .Select(g => (
                Horizontal: (IReadOnlyList<Segment>)g.Where(i => i < horizontal.Count).Select(i => horizontal[i]).ToList(),
                Vertical: (IReadOnlyList<Segment>)g.Where(i => i >= horizontal.Count).Select(i => vertical[i - horizontal.Count]).ToList()))
            .Where(c => c.Horizontal.Count > 0 && c.Vertical.Count > 0)
            .ToList();
    }

    // The index of the first of the rising xs at or above x (xs.Length when none).
    private static int FirstAtOrAbove(double[] xs, double x)
    {
        var (low, high) = (0, xs.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (xs[middle] < x)
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
}
