namespace Kompass.Ingest.Extraction.Tables.Lattice;

/// <summary>
/// The grid lines of one group of ruling lines: column edges left to right, row edges top to
/// bottom, and which stretch of each is actually drawn. The outline (outermost positions, taken
/// from the ends of the lines when no border is drawn) always counts as drawn, so tables without
/// outer borders still close their cells.
/// </summary>
internal sealed class LatticeGrid
{
    // The segments drawn along each column edge (vertical) and each row edge (horizontal), in the
    // order given: every elementary cell asks about its right and bottom edges, so each edge's
    // segments are gathered once rather than searched for among all of them per cell.
    private readonly Segment[][] _alongColumnEdge;
    private readonly Segment[][] _alongRowEdge;
    private readonly double _coverage;

    private LatticeGrid(IReadOnlyList<Segment> horizontal, IReadOnlyList<Segment> vertical, IReadOnlyList<double> xs, IReadOnlyList<double> ys, double tolerance, double coverage)
    {
        (Xs, Ys, _coverage) = (xs, ys, coverage);
        _alongColumnEdge = xs.Select(x => vertical.Where(v => Math.Abs(v.Position - x) <= tolerance).ToArray()).ToArray();
        _alongRowEdge = ys.Select(y => horizontal.Where(h => Math.Abs(h.Position - y) <= tolerance).ToArray()).ToArray();
        DrawnRowEdges = Cluster(horizontal.Select(h => h.Position), tolerance).Count;
        DrawnColumnEdges = Cluster(vertical.Select(v => v.Position), tolerance).Count;
    }

    /// <summary>How many distinct horizontal lines are drawn (the outline taken from line ends not counted).</summary>
    public int DrawnRowEdges { get; }

    /// <summary>How many distinct vertical lines are drawn (the outline taken from line ends not counted).</summary>
    public int DrawnColumnEdges { get; }

    /// <summary>Column edges, left to right (one more than the number of columns).</summary>
    public IReadOnlyList<double> Xs { get; }

    /// <summary>Row edges, top to bottom (one more than the number of rows).</summary>
    public IReadOnlyList<double> Ys { get; }

    /// <summary>Number of elementary rows.</summary>
    public int Rows => Ys.Count - 1;

    /// <summary>Number of elementary columns.</summary>
    public int Columns => Xs.Count - 1;

    /// <summary>The grid of one group of segments.</summary>
    public static LatticeGrid Of(IReadOnlyList<Segment> horizontal, IReadOnlyList<Segment> vertical, LatticeTableOptions options)
    {
        var tolerance = options.LineJoinTolerance;
        var xs = Cluster(vertical.Select(v => v.Position).Append(horizontal.Min(h => h.From)).Append(horizontal.Max(h => h.To)), tolerance);
        var ys = Cluster(horizontal.Select(h => h.Position).Append(vertical.Min(v => v.From)).Append(vertical.Max(v => v.To)), tolerance);
        return new LatticeGrid(horizontal, vertical, xs, ys.AsEnumerable().Reverse().ToList(), tolerance, options.EdgeCoverage);
    }

    /// <summary>True when the vertical edge between column <paramref name="column"/> and the next is drawn along row <paramref name="row"/>.</summary>
    public bool HasRightEdge(int row, int column)
        => column + 1 >= Columns || Drawn(_alongColumnEdge[column + 1], Ys[row + 1], Ys[row]);

    /// <summary>True when the horizontal edge between row <paramref name="row"/> and the next is drawn along column <paramref name="column"/>.</summary>
    public bool HasBottomEdge(int row, int column)
        => row + 1 >= Rows || Drawn(_alongRowEdge[row + 1], Xs[column], Xs[column + 1]);

    // True when the edge's segments cover enough of from–to (summed in their order, as given).
    private bool Drawn(Segment[] along, double from, double to)
    {
        var covered = 0.0;
        foreach (var segment in along)
        {
            covered += segment.Covered(from, to);
        }

        return covered >= _coverage * (to - from);
    }

    /// <summary>Sorted positions with neighbours closer than <paramref name="tolerance"/> merged into their mean.</summary>
    private static List<double> Cluster(IEnumerable<double> positions, double tolerance)
    {
        var clusters = new List<List<double>>();
        foreach (var p in positions.Order())
        {
            if (clusters.Count > 0 && p - clusters[^1][^1] <= tolerance)
            {
                clusters[^1].Add(p);
                continue;
            }

            clusters.Add([p]);
        }

        return clusters.Select(c => c.Average()).ToList();
    }
}
