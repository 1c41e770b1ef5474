using System.Globalization;
using System.Text;

namespace Kompass.Ingest.Extraction.Tables.Output;

/// <summary>
/// Writes tables as a readable grid for <c>kompass tables --format text</c>: a title line per table
/// (page, method, box, size, heading and total rows, confidence), then one line per row with cells
/// separated by " | ". A wrapped cell's lines are shown joined by " // "; a position covered by a
/// spanning cell shows "&lt;&lt;" (spanned from the left) or "^^" (from above).
/// </summary>
public static class TableTextWriter
{
    /// <summary>Columns are padded to their widest text, but no wider than this many characters.</summary>
    private const int MaxPadding = 48;

    /// <summary>The text for <paramref name="tables"/>; "no tables" when there are none.</summary>
    public static string Write(IReadOnlyList<Table> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        if (tables.Count == 0)
        {
            return "no tables" + Environment.NewLine;
        }

        var text = new StringBuilder();
        for (var t = 0; t < tables.Count; t++)
        {
            WriteTable(text, t + 1, tables[t]);
        }

        return text.ToString();
    }

    private static void WriteTable(StringBuilder text, int number, Table table)
    {
        var pages = table.Page == table.LastPage
            ? table.Page.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{table.Page}-{table.LastPage}");
        text.Append(CultureInfo.InvariantCulture, $"table {number}: page {pages}, {table.Method.ToString().ToLowerInvariant()}, bbox {table.Box}, ")
            .Append(CultureInfo.InvariantCulture, $"{table.RowCount} rows x {table.ColumnCount} columns, header rows {table.HeaderRowCount}, ")
            .Append(CultureInfo.InvariantCulture, $"total row {(table.TotalRow is { } t ? t.ToString(CultureInfo.InvariantCulture) : "-")}, confidence {table.Confidence:0.00}")
            .AppendLine();
        var grid = Enumerable.Range(0, table.RowCount)
            .Select(r => Enumerable.Range(0, table.ColumnCount).Select(c => Show(table, r, c)).ToList())
            .ToList();
        var widths = Enumerable.Range(0, table.ColumnCount)
            .Select(c => Math.Min(MaxPadding, grid.Select(row => row[c].Length).DefaultIfEmpty(0).Max()))
            .ToList();
        foreach (var row in grid)
        {
            text.Append("  ").AppendLine(string.Join(" | ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
        }

        text.AppendLine();
    }

    private static string Show(Table table, int row, int column)
    {
        var cell = table.CellAt(row, column);
        return cell switch
        {
            null => string.Empty,
            _ when cell.Row == row && cell.Column == column => cell.Text.Replace("\n", " // ", StringComparison.Ordinal),
            _ when cell.Row == row => "<<",
            _ => "^^",
        };
    }
}
