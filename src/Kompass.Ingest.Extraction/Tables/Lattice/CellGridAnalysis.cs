using Kompass.Ingest.Extraction.Tables.Text;

namespace Kompass.Ingest.Extraction.Tables.Lattice;

/// <summary>Which columns of a ruled grid hold numbers, and how many leading rows are column headings.</summary>
internal static class CellGridAnalysis
{
    /// <summary>A column is numeric when, from its first number down, most of its non-empty single-column cells are numbers.</summary>
    public static bool[] NumericColumns(IReadOnlyList<TableCell> cells, int columns, double share)
    {
        var numeric = new bool[columns];
        for (var c = 0; c < columns; c++)
        {
            var column = cells.Where(x => x.Column == c && x.ColumnSpan == 1 && !x.IsEmpty).OrderBy(x => x.Row).ToList();
            var first = column.FindIndex(x => NumericText.IsNumber(x.Text));
            if (first < 0)
            {
                continue;
            }

            var below = column.Skip(first).Where(x => !NumericText.IsPlaceholder(x.Text)).ToList();
            var numbers = below.Count(x => NumericText.IsNumber(x.Text));
            numeric[c] = numbers >= 2 && numbers >= share * below.Count;
        }

        return numeric;
    }

    /// <summary>
    /// Leading rows that label at least half of the numeric columns without giving them a value; with
    /// no numeric column, leading rows set all in bold above rows that are not.
    /// </summary>
    public static int HeaderRows(IReadOnlyList<TableCell> cells, IReadOnlyList<bool> numeric, int rows)
    {
        var numericColumns = Enumerable.Range(0, numeric.Count).Where(c => numeric[c]).ToList();
        bool IsHeading(int row)
        {
            var inRow = cells.Where(c => c.Row <= row && c.Row + c.RowSpan > row).ToList();
            if (numericColumns.Count == 0)
            {
                var words = inRow.SelectMany(c => c.Words).ToList();
                return words.Count > 0 && words.All(w => w.IsBold);
            }

            var labels = numericColumns.Select(c => inRow.FirstOrDefault(x => x.Covers(row, c))).Where(x => x is { IsEmpty: false }).ToList();
            return labels.All(x => !NumericText.IsNumber(x!.Text)) && labels.Count * 2 >= numericColumns.Count;
        }

        var count = 0;
        while (count < rows - 1 && IsHeading(count))
        {
            count++;
        }

        return count;
    }
}
