using Kompass.Ingest.Extraction.Tables.Text;

namespace Kompass.Ingest.Extraction.Tables;

/// <summary>
/// Recognises a table's total row: its last row, below at least two body rows, whose label (the
/// cells left of the numbers) names a total ("Totalt", "Summa") or, with no label at all, holds in
/// some numeric column the sum of the values above it (within the rounding of the printed values).
/// </summary>
internal static class TotalRowFinder
{
    private const int MinSummedRows = 2;

    /// <summary>The 0-based index of the total row, or null when the last row is not one.</summary>
    public static int? Find(
        int rowCount, int headerRows, IReadOnlyList<ColumnBand> columns, IReadOnlyList<TableCell> cells, TotalRowOptions options)
    {
        var last = rowCount - 1;
        if (last - headerRows < MinSummedRows)
        {
            return null;
        }

        var grid = TextGrid(rowCount, columns.Count, cells);
        string Text(int row, int column) => grid[row, column] ?? string.Empty;
        // The row's label sits left of the numbers (a unit column such as "%" right of them is no label).
        var firstNumbers = Enumerable.Range(1, Math.Max(0, columns.Count - 1)).FirstOrDefault(c => columns[c].IsNumeric, columns.Count);
        var labels = Enumerable.Range(0, firstNumbers).Where(c => c == 0 || !columns[c].IsNumeric).Select(c => Text(last, c).Trim()).ToList();
        if (labels.Any(l => options.Labels.Any(t => string.Equals(l.TrimEnd(':'), t, StringComparison.OrdinalIgnoreCase))))
        {
            return last;
        }

        if (labels.Any(l => l.Length > 0))
        {
            return null;
        }

        for (var c = 0; c < columns.Count; c++)
        {
            if (!columns[c].IsNumeric || !NumericText.TryParse(Text(last, c), out var total))
            {
                continue;
            }

            var values = Enumerable.Range(headerRows, last - headerRows)
                .Select(r => NumericText.TryParse(Text(r, c), out var v) ? v : (double?)null)
                .OfType<double>()
                .ToList();
            if (values.Count >= MinSummedRows && Math.Abs(values.Sum() - total) <= options.TolerancePerValue * values.Count)
            {
                return last;
            }
        }

        return null;
    }

    // Each grid position's text: that of the first cell covering it, as a scan of the cells in
    // order finds (null where none does). Laid out once so that a lookup is no scan of every cell.
    private static string?[,] TextGrid(int rowCount, int columnCount, IReadOnlyList<TableCell> cells)
    {
        var grid = new string?[rowCount, columnCount];
        foreach (var cell in cells)
        {
            var rowEnd = Math.Min(rowCount, cell.Row + cell.RowSpan);
            var columnEnd = Math.Min(columnCount, cell.Column + cell.ColumnSpan);
            for (var row = Math.Max(0, cell.Row); row < rowEnd; row++)
            {
                for (var column = Math.Max(0, cell.Column); column < columnEnd; column++)
                {
                    grid[row, column] ??= cell.Text;
                }
            }
        }

        return grid;
    }
}
