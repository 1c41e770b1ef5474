using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Extraction.Tables;
using Kompass.Ingest.Extraction.Tables.Output;
using Kompass.Ingest.TestKit.Layout;

namespace Kompass.Ingest.Extraction.Tests.Tables;

/// <summary>Assertions on tables that, when they fail, print the words and boxes the detector saw and the tables it made of them.</summary>
internal static class TableAssert
{
    /// <summary>The page's words, boxes and rules, then the tables found on it.</summary>
    public static string Seen(IEnumerable<PageLayout> pages, IReadOnlyList<Table> tables)
        => string.Concat(pages.Select(LayoutDescriber.Describe)) + Environment.NewLine + TableTextWriter.Write(tables);

    /// <summary>Asserts how many tables were found.</summary>
    public static void Count(int expected, IReadOnlyList<Table> tables, params PageLayout[] pages)
        => Assert.True(tables.Count == expected, $"expected {expected} tables, found {tables.Count}{Environment.NewLine}{Seen(pages, tables)}");

    /// <summary>Asserts the grid size of a table.</summary>
    public static void Size(int rows, int columns, Table table, params PageLayout[] pages)
        => Assert.True(table.RowCount == rows && table.ColumnCount == columns,
            $"expected {rows} rows x {columns} columns, found {table.RowCount} x {table.ColumnCount}{Environment.NewLine}{Seen(pages, [table])}");

    /// <summary>Asserts the text of the cell at a grid position.</summary>
    public static void Text(string expected, Table table, int row, int column, params PageLayout[] pages)
    {
        var actual = table.TextAt(row, column);
        Assert.True(actual == expected,
            $"cell ({row},{column}): expected \"{expected}\", found \"{actual}\"{Environment.NewLine}{Seen(pages, [table])}");
    }

    /// <summary>Asserts a condition on a table, printing what was seen when it fails.</summary>
    public static void That(bool condition, string what, Table table, params PageLayout[] pages)
        => Assert.True(condition, $"{what}{Environment.NewLine}{Seen(pages, [table])}");
}
