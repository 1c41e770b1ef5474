using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Extraction.Tables;

/// <summary>
/// A table found on one page, or joined across consecutive pages. The cells tile the grid: every
/// position (row, column) is covered by exactly one cell, empty cells included. Each cell keeps its
/// own page and box, so a joined table's cells still point at the page they were printed on.
/// </summary>
/// <param name="Method">How the cells were found.</param>
/// <param name="Regions">Where the table is, one region per page, in page order (never empty).</param>
/// <param name="RowCount">Number of grid rows.</param>
/// <param name="Columns">The columns from left to right.</param>
/// <param name="Cells">The cells, ordered by row then column.</param>
/// <param name="HeaderRowCount">How many leading rows are column headings (0 when none were recognised).</param>
/// <param name="TotalRow">The 0-based row that sums the rows above it, when one was recognised.</param>
/// <param name="Confidence">0–1: how sure the detector is that this is a table and not running text.</param>
public sealed record Table(
    TableMethod Method,
    IReadOnlyList<TableRegion> Regions,
    int RowCount,
    IReadOnlyList<ColumnBand> Columns,
    IReadOnlyList<TableCell> Cells,
    int HeaderRowCount,
    int? TotalRow,
    double Confidence)
{
    /// <summary>The page the table starts on (1-based).</summary>
    public int Page => Regions[0].Page;

    /// <summary>The table's box on its first page.</summary>
    public BoundingBox Box => Regions[0].Box;

    /// <summary>The last page the table reaches.</summary>
    public int LastPage => Regions[^1].Page;

    /// <summary>Number of grid columns.</summary>
    public int ColumnCount => Columns.Count;

    /// <summary>The cell covering grid position (<paramref name="row"/>, <paramref name="column"/>), or null outside the grid.</summary>
    public TableCell? CellAt(int row, int column) => Cells.FirstOrDefault(c => c.Covers(row, column));

    /// <summary>The text at a grid position; empty for an empty cell or outside the grid.</summary>
    public string TextAt(int row, int column) => CellAt(row, column)?.Text ?? string.Empty;

    /// <summary>The cells that start in <paramref name="row"/>, left to right.</summary>
    public IReadOnlyList<TableCell> CellsInRow(int row) => Cells.Where(c => c.Row == row).OrderBy(c => c.Column).ToList();
}
