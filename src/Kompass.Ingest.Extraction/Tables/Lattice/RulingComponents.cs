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

        for (var h = 0; h < horizontal.Count; h++)
        {
            for (var v = 0; v < vertical.Count; v++)
            {
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
}
