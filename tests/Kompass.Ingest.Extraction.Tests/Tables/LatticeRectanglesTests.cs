using Kompass.Ingest.Extraction.Tables;
using Kompass.Ingest.Extraction.Tables.Lattice;

namespace Kompass.Ingest.Extraction.Tests.Tables;

public sealed class LatticeRectanglesTests
{
    [Fact]
    public void Rectangles_RandomRulings_GiveWhatGroupingTheCellsGave()
    {
        var random = new Random(13);
        for (var table = 0; table < 200; table++)
        {
            var (rows, columns) = (random.Next(1, 6), random.Next(1, 6));
            var horizontal = new List<Segment>();
            var vertical = new List<Segment>();
            for (var r = 0; r <= rows; r++)
            {
                // The outline is drawn; inner lines are drawn in pieces, some cells' stretches left out.
                for (var c = 0; c < columns; c++)
                {
                    if (r == 0 || r == rows || random.Next(3) > 0)
                    {
                        horizontal.Add(new Segment(true, r * 20, c * 30, (c + 1) * 30));
                    }
                }
            }

            for (var c = 0; c <= columns; c++)
            {
                for (var r = 0; r < rows; r++)
                {
                    if (c == 0 || c == columns || random.Next(3) > 0)
                    {
                        vertical.Add(new Segment(false, c * 30, r * 20, (r + 1) * 20));
                    }
                }
            }

            var grid = LatticeGrid.Of(horizontal, vertical, new LatticeTableOptions());

            Assert.Equal(OldRectangles(grid), LatticeCellBuilder.Rectangles(grid));
        }
    }

    // The grouping the cell builder did before: union of cells without a line between them, the
    // groups by root, a non-rectangular group split into its cells, sorted by top-left cell.
    private static List<(int R0, int C0, int R1, int C1)> OldRectangles(LatticeGrid grid)
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

        var found = new List<(int R0, int C0, int R1, int C1)>();
        foreach (var group in Enumerable.Range(0, rows * columns).GroupBy(Root))
        {
            var members = group.Select(i => (R: i / columns, C: i % columns)).ToList();
            var (r0, r1) = (members.Min(m => m.R), members.Max(m => m.R));
            var (c0, c1) = (members.Min(m => m.C), members.Max(m => m.C));
            if (members.Count == (r1 - r0 + 1) * (c1 - c0 + 1))
            {
                found.Add((r0, c0, r1, c1));
                continue;
            }

            found.AddRange(members.Select(m => (m.R, m.C, m.R, m.C)));
        }

        return found.OrderBy(r => r.R0).ThenBy(r => r.C0).ToList();
    }
}
