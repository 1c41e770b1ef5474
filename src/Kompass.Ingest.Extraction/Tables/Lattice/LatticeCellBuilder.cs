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
        var rectangles = Rectangles(grid);
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

    /// <summary>
    /// The cells of the grid as rectangles of elementary cells, by their top-left cell in row-major
    /// order: elementary cells with no drawn line between them are merged, and a merged shape that
    /// is no rectangle gives its elementary cells back. Each group's extent is gathered in one pass
    /// over the grid, and the rectangles come out in the order they are wanted, unsorted.
    /// </summary>
    internal static List<(int R0, int C0, int R1, int C1)> Rectangles(LatticeGrid grid)
    {
        var (rows, columns) = (grid.Rows, grid.Columns);
        var parent = new int[rows * columns];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

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

        // Per group (kept at its root): its first and last row and column, and how many cells it has.
        var root = new int[parent.Length];
        var extent = new (int R0, int C0, int R1, int C1, int Size)[parent.Length];
        for (var i = 0; i < parent.Length; i++)
        {
            var g = root[i] = Root(i);
            var (r, c) = (i / columns, i % columns);
            var e = extent[g];
            extent[g] = e.Size == 0
                ? (r, c, r, c, 1)
                : (Math.Min(e.R0, r), Math.Min(e.C0, c), Math.Max(e.R1, r), Math.Max(e.C1, c), e.Size + 1);
        }

        var rectangles = new List<(int R0, int C0, int R1, int C1)>(parent.Length);
        for (var i = 0; i < parent.Length; i++)
        {
            var e = extent[root[i]];
            var (r, c) = (i / columns, i % columns);
            if (e.Size != (e.R1 - e.R0 + 1) * (e.C1 - e.C0 + 1))
            {
                rectangles.Add((r, c, r, c));
            }
            else if (r == e.R0 && c == e.C0)
            {
                rectangles.Add((e.R0, e.C0, e.R1, e.C1));
            }
        }

        return rectangles;
    }
}
