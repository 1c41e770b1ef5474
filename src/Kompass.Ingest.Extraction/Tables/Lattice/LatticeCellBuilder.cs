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
        var cells = new List<TableCell>();
        foreach (var (r0, c0, r1, c1) in Rectangles(grid).OrderBy(r => r.R0).ThenBy(r => r.C0))
        {
            var box = new BoundingBox(grid.Xs[c0], grid.Ys[r1 + 1], grid.Xs[c1 + 1], grid.Ys[r0]);
            var inside = words.Where(w => w.Box.CentreX >= box.Left && w.Box.CentreX < box.Right
                && w.Box.CentreY <= box.Top && w.Box.CentreY > box.Bottom).ToList();
            var text = CellText.FromWords(inside, lineTolerance);
            cells.Add(new TableCell(r0, c0, r1 - r0 + 1, c1 - c0 + 1, text, page, box, inside));
        }

        return cells;
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
