using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Tables.Text;

namespace Kompass.Ingest.Extraction.Tables.Lattice;

/// <summary>
/// Cells of a ruled grid: neighbouring elementary rectangles with no drawn line between them are one
/// (spanning) cell. A merged shape that is not a rectangle is split back into its elementary cells,
/// so the cells always tile the grid. Each word goes to the cell that holds its centre.
/// </summary>
internal static class LatticeCellBuilder
{
    /// <summary>The cells of <paramref name="grid"/> filled with <paramref name="words"/>, row by row.</summary>
    public static IReadOnlyList<TableCell> Build(LatticeGrid grid, IReadOnlyList<Word> words, int page, double lineTolerance)
    {
        var rectangles = Rectangles(grid).OrderBy(r => r.R0).ThenBy(r => r.C0).ToList();
        var inside = WordsByRectangle(grid, rectangles, words);
        var cells = new List<TableCell>(rectangles.Count);
        for (var i = 0; i < rectangles.Count; i++)
        {
            var (r0, c0, r1, c1) = rectangles[i];
            var box = new BoundingBox(grid.Xs[c0], grid.Ys[r1 + 1], grid.Xs[c1 + 1], grid.Ys[r0]);
            var text = CellText.FromWords(inside[i], lineTolerance);
            cells.Add(new TableCell(r0, c0, r1 - r0 + 1, c1 - c0 + 1, text, page, box, inside[i]));
        }

        return cells;
    }

    /// <summary>
    /// The words whose centres each rectangle holds (left edge and top edge in, right and bottom out),
    /// in the order given. The rectangles tile the grid, so each word is placed by the elementary
    /// cell holding its centre instead of being tested against every rectangle.
    /// </summary>
    private static List<Word>[] WordsByRectangle(LatticeGrid grid, List<(int R0, int C0, int R1, int C1)> rectangles, IReadOnlyList<Word> words)
    {
        var owner = new int[grid.Rows * grid.Columns];
        var inside = new List<Word>[rectangles.Count];
        for (var i = 0; i < rectangles.Count; i++)
        {
            inside[i] = [];
            var (r0, c0, r1, c1) = rectangles[i];
            for (var r = r0; r <= r1; r++)
            {
                for (var c = c0; c <= c1; c++)
                {
                    owner[(r * grid.Columns) + c] = i;
                }
            }
        }

        foreach (var word in words)
        {
            var column = ColumnHolding(grid.Xs, word.Box.CentreX);
            var row = RowHolding(grid.Ys, word.Box.CentreY);
            if (column >= 0 && row >= 0)
            {
                inside[owner[(row * grid.Columns) + column]].Add(word);
            }
        }

        return inside;
    }

    // The column whose left edge is at or left of x and whose right edge is right of it (edges run left to right); -1 when none.
    private static int ColumnHolding(IReadOnlyList<double> xs, double x)
    {
        for (var c = 0; c + 1 < xs.Count; c++)
        {
            if (x >= xs[c] && x < xs[c + 1])
            {
                return c;
            }
        }

        return -1;
    }

    // The row whose top edge is at or above y and whose bottom edge is below it (edges run top to bottom); -1 when none.
    private static int RowHolding(IReadOnlyList<double> ys, double y)
    {
        for (var r = 0; r + 1 < ys.Count; r++)
        {
            if (y <= ys[r] && y > ys[r + 1])
            {
                return r;
            }
        }

        return -1;
    }

    private static IEnumerable<(int R0, int C0, int R1, int C1)> Rectangles(LatticeGrid grid)
    {
        var (rows, columns) = (grid.Rows, grid.Columns);
        var parent = Enumerable.Range(0, rows * columns).ToArray();
        int Root(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (!grid.HasRightEdge(r, c))
                {
                    parent[Root((r * columns) + c)] = Root((r * columns) + c + 1);
                }

                if (!grid.HasBottomEdge(r, c))
                {
                    parent[Root((r * columns) + c)] = Root(((r + 1) * columns) + c);
                }
            }
        }

        foreach (var group in Enumerable.Range(0, rows * columns).GroupBy(Root))
        {
            var members = group.Select(i => (R: i / columns, C: i % columns)).ToList();
            var (r0, r1) = (members.Min(m => m.R), members.Max(m => m.R));
            var (c0, c1) = (members.Min(m => m.C), members.Max(m => m.C));
            if (members.Count == (r1 - r0 + 1) * (c1 - c0 + 1))
            {
                yield return (r0, c0, r1, c1);
                continue;
            }

            foreach (var (r, c) in members)
            {
                yield return (r, c, r, c);
            }
        }
    }
}
