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
        var fragments = new List<Fragment>();
        var inCell = new List<Fragment>();
        for (var r = 0; r < rows.Count; r++)
        {
            // The row's fragments in line order, and the box of its lines.
            fragments.Clear();
            var rowBox = region.Lines[rows[r].Start].Box;
            for (var l = rows[r].Start; l < rows[r].End; l++)
            {
                fragments.AddRange(region.FragmentsByLine[l]);
                rowBox = l > rows[r].Start ? rowBox.Union(region.Lines[l].Box) : rowBox;
            }

            foreach (var (first, last) in ColumnGroups(fragments, region.Grid.Count))
            {
                inCell.Clear();
                foreach (var fragment in fragments)
                {
                    if (fragment.FirstColumn >= first && fragment.LastColumn <= last)
                    {
                        inCell.Add(fragment);
                    }
                }

                var (text, words) = Content(inCell);
                var box = Lines.WordList.Box(words)
                    ?? new BoundingBox(region.Grid.Bands[first].Left, rowBox.Bottom, region.Grid.Bands[last].Right, rowBox.Top);
                cells.Add(new TableCell(r, first, 1, last - first + 1, text, page, box, words));
            }
        }

        return cells;
    }

    // The cell's text (each line's words joined with spaces, lines with newlines) and words. A cell
    // of one fragment, as most are, is that fragment's text and words, read already.
    private static (string Text, IReadOnlyList<Domain.Layout.Word> Words) Content(List<Fragment> inCell)
    {
        switch (inCell.Count)
        {
            case 0:
                return (string.Empty, []);
            case 1:
                return (inCell[0].Text, inCell[0].Words);
        }

        var lines = new List<IReadOnlyList<Domain.Layout.Word>>();
        var words = new List<Domain.Layout.Word>();
        var all = new List<Domain.Layout.Word>();
        for (var i = 0; i < inCell.Count; i++)
        {
            words.AddRange(inCell[i].Words);
            all.AddRange(inCell[i].Words);
            if (i + 1 == inCell.Count || inCell[i + 1].Line != inCell[i].Line)
            {
                lines.Add(words);
                words = [];
            }
        }

        return (CellText.ComposeInOrder(lines), all);
    }

    // Consecutive column ranges of one row: columns joined by a spanning fragment form one range.
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
