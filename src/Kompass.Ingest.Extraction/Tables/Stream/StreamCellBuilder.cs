using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Tables.Text;

namespace Kompass.Ingest.Extraction.Tables.Stream;

/// <summary>
/// Turns rows of fragments into cells that tile the grid. Within a row, a fragment that spans
/// columns joins them into one cell; every other column is one cell, empty or not. An empty cell's
/// box is where its row and column cross.
/// </summary>
internal static class StreamCellBuilder
{
    /// <summary>The cells of <paramref name="rows"/>, row by row, left to right.</summary>
    public static IReadOnlyList<TableCell> Build(StreamRegion region, IReadOnlyList<RowSpan> rows, int page)
    {
        var cells = new List<TableCell>();
        for (var r = 0; r < rows.Count; r++)
        {
            var lines = Enumerable.Range(rows[r].Start, rows[r].End - rows[r].Start).ToList();
            var fragments = lines.SelectMany(l => region.FragmentsByLine[l]).ToList();
            var rowBox = lines.Select(l => region.Lines[l].Box).Aggregate((a, b) => a.Union(b));
            foreach (var (first, last) in ColumnGroups(fragments, region.Grid.Count))
            {
                var inCell = fragments.Where(f => f.FirstColumn >= first && f.LastColumn <= last).ToList();
                var words = inCell.SelectMany(f => f.Words).ToList();
                var text = TextOf(inCell);
                var box = Lines.WordList.Box(words)
                    ?? new BoundingBox(region.Grid.Bands[first].Left, rowBox.Bottom, region.Grid.Bands[last].Right, rowBox.Top);
                cells.Add(new TableCell(r, first, 1, last - first + 1, text, page, box, words));
            }
        }

        return cells;
    }

    /// <summary>
    /// The cell's text, its fragments' words line by line (<see cref="CellText.ComposeInOrder"/>).
    /// The fragments come in line order, and a line's fragments and their words left to right
    /// (see <see cref="FragmentBuilder"/>), so each line's words are consecutive and in order already:
    /// grouping and sorting them again, as for loose words, would change nothing.
    /// </summary>
    private static string TextOf(List<Fragment> inCell)
    {
        var lines = new List<IReadOnlyList<Domain.Layout.Word>>();
        var words = new List<Domain.Layout.Word>();
        for (var i = 0; i < inCell.Count; i++)
        {
            words.AddRange(inCell[i].Words);
            if (i + 1 == inCell.Count || inCell[i + 1].Line != inCell[i].Line)
            {
                lines.Add(words);
                words = [];
            }
        }

        return CellText.ComposeInOrder(lines);
    }

    /// <summary>Consecutive column ranges of one row: columns joined by a spanning fragment form one range.</summary>
    private static IEnumerable<(int First, int Last)> ColumnGroups(IReadOnlyList<Fragment> fragments, int columns)
    {
        var joinedToNext = new bool[columns];
        foreach (var fragment in fragments.Where(f => f.IsSpanning))
        {
            for (var c = fragment.FirstColumn; c < fragment.LastColumn; c++)
            {
                joinedToNext[c] = true;
            }
        }

        var first = 0;
        for (var c = 0; c < columns; c++)
        {
            if (!joinedToNext[c])
            {
                yield return (first, c);
                first = c + 1;
            }
        }
    }
}
