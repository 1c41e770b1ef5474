using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Tables;

namespace Kompass.Ingest.Extraction.Tests.Tables;

public sealed class TotalRowFinderTests
{
    private static readonly TotalRowOptions Options = new();

    private static TableCell Cell(int row, int column, string text, int rowSpan = 1, int columnSpan = 1)
        => new(row, column, rowSpan, columnSpan, text, 1, new BoundingBox(0, 0, 1, 1), []);

    private static ColumnBand[] Columns(params bool[] numeric)
        => numeric.Select((n, i) => new ColumnBand(i * 10, (i * 10) + 9, n)).ToArray();

    [Fact]
    public void Find_LabelledLastRow_IsTheTotal()
    {
        TableCell[] cells = [Cell(0, 0, "Område"), Cell(0, 1, "Värde"), Cell(1, 0, "A"), Cell(1, 1, "2"), Cell(2, 0, "B"), Cell(2, 1, "3"), Cell(3, 0, "Summa:"), Cell(3, 1, "9")];

        Assert.Equal(3, TotalRowFinder.Find(4, 1, Columns(false, true), cells, Options));
    }

    [Fact]
    public void Find_UnlabelledSum_IsTheTotal()
    {
        TableCell[] cells = [Cell(0, 1, "2"), Cell(1, 1, "3"), Cell(2, 1, "4"), Cell(3, 1, "9")];

        Assert.Equal(3, TotalRowFinder.Find(4, 0, Columns(false, true), cells, Options));
    }

    [Fact]
    public void Find_OverlappingCells_ReadsTheFirstCellCoveringEachPosition()
    {
        // A spanning cell listed first covers the label of the last row: its text ("Totalt") is
        // what is read there, not that of the cell listed after it at the same position.
        TableCell[] labelled = [Cell(2, 0, "Totalt", rowSpan: 2), Cell(1, 0, "A"), Cell(3, 0, "B"), Cell(1, 1, "1"), Cell(2, 1, "2"), Cell(3, 1, "7")];
        Assert.Equal(3, TotalRowFinder.Find(4, 0, Columns(false, true), labelled, Options));

        // Listed the other way round, the later spanning cell is hidden where the first one lies.
        TableCell[] unlabelled = [Cell(3, 0, "B"), Cell(2, 0, "Totalt", rowSpan: 2), Cell(1, 0, "A"), Cell(1, 1, "1"), Cell(2, 1, "2"), Cell(3, 1, "7")];
        Assert.Null(TotalRowFinder.Find(4, 0, Columns(false, true), unlabelled, Options));
    }

    [Fact]
    public void Find_CellsBeyondTheGrid_AreIgnored()
    {
        TableCell[] cells = [Cell(1, 1, "2"), Cell(2, 1, "3"), Cell(3, 1, "5", columnSpan: 3), Cell(5, 0, "Summa")];

        Assert.Equal(3, TotalRowFinder.Find(4, 0, Columns(false, true), cells, Options));
    }
}
