using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Tables;
using Kompass.Ingest.TestKit.Layout;

namespace Kompass.Ingest.Extraction.Tests.Tables;

/// <summary>Lattice detection: cells from ruling lines.</summary>
public sealed class LatticeTableDetectorTests
{
    [Fact]
    public void Detect_FullyRuledTable_SpanningHeadingsAndEmptyCell()
    {
        var page = RuledPage();
        var sut = new LatticeTableDetector();

        var tables = sut.Detect(page);

        TableAssert.Count(1, tables, page);
        var table = tables[0];
        TableAssert.Size(4, 3, table, page);
        var municipality = table.CellAt(1, 0)!;
        TableAssert.That(municipality is { Row: 0, Column: 0, RowSpan: 2, ColumnSpan: 1, Text: "Kommun" }, "'Kommun' spans two rows", table, page);
        var result = table.CellAt(0, 2)!;
        TableAssert.That(result is { Row: 0, Column: 1, RowSpan: 1, ColumnSpan: 2, Text: "Resultat" }, "'Resultat' spans two columns", table, page);
        TableAssert.Text("2016", table, 1, 1, page);
        TableAssert.Text("Vallentuna\nkommun", table, 2, 0, page);
        var empty = table.CellAt(2, 2)!;
        TableAssert.That(empty.IsEmpty && empty.Box == new BoundingBox(260, 640, 360, 660), "the empty cell keeps the box of its lines", table, page);
        TableAssert.Text("530", table, 3, 2, page);
        TableAssert.That(table.Cells.Count == 10 && table.Method == TableMethod.Lattice, "ten cells, by lattice", table, page);
        TableAssert.That(table.Box == new BoundingBox(57, 620, 360, 700), "the table box is the outline", table, page);
    }

    [Fact]
    public void Detect_HorizontalRulesOnly_LeavesTheTableToStream()
    {
        var page = new LayoutBuilder().Page(p => p
            .Rule(57, 700, 360, 700).Text("Kommun", 60, 685).Text("2017", 300, 685)
            .Rule(57, 680, 360, 680).Text("Vallentuna", 60, 665).Text("555", 300, 665)
            .Rule(57, 660, 360, 660)).Build().Pages[0];
        var sut = new LatticeTableDetector();

        var tables = sut.Detect(page);

        TableAssert.Count(0, tables, page);
    }

    [Fact]
    public void Detect_CellBordersDrawnPiecewiseAndWithoutOuterBorder_StillOneGrid()
    {
        var page = new LayoutBuilder().Page(p =>
        {
            // Horizontal rules drawn cell by cell with hairline gaps, no outer vertical border.
            foreach (var y in new[] { 700.0, 680, 660 })
            {
                p.Rule(57, y, 160.5, y).Rule(160.8, y, 260, y).Rule(260.4, y, 360, y);
            }

            p.Rule(160, 660, 160, 700).Rule(260, 659, 260, 701);
            p.Text("A", 60, 685).Text("B", 165, 685).Text("C", 265, 685);
            p.Text("1", 60, 665).Text("2", 165, 665).Text("3", 265, 665);
        }).Build().Pages[0];
        var sut = new LatticeTableDetector();

        var table = Assert.Single(sut.Detect(page));

        TableAssert.Size(2, 3, table, page);
        TableAssert.Text("A", table, 0, 0, page);
        TableAssert.Text("3", table, 1, 2, page);
    }

    [Fact]
    public void DetectIn_AreaAroundRuledTable_ReadsIt()
    {
        var page = RuledPage();
        var sut = new LatticeTableDetector();

        var table = sut.DetectIn(page, new BoundingBox(50, 600, 400, 720));

        Assert.NotNull(table);
        TableAssert.Size(4, 3, table, page);
    }

    /// <summary>
    /// A ruled 4 x 3 table: "Kommun" spans the two heading rows, "Resultat" the two year columns,
    /// one result is missing.
    /// </summary>
    [Fact]
    public void DetectHolding_WantedWordInACell_TheTableDetectFindsWithItsOutline()
    {
        var page = RuledPage();
        var sut = new LatticeTableDetector();
        var full = sut.Detect(page).Single();

        var ruled = sut.DetectHolding(page, w => w.Text == "530");

        var (outline, table) = Assert.Single(ruled);
        Assert.Equal(full.Box, outline);
        Assert.NotNull(table);
        Assert.Equal(full.Cells.Select(c => (c.Row, c.Column, c.RowSpan, c.ColumnSpan, c.Text)), table.Cells.Select(c => (c.Row, c.Column, c.RowSpan, c.ColumnSpan, c.Text)));
        Assert.Equal(full.Columns, table.Columns);
        Assert.Equal((full.RowCount, full.HeaderRowCount, full.TotalRow), (table.RowCount, table.HeaderRowCount, table.TotalRow));
    }

    [Fact]
    public void DetectHolding_NoWantedWord_OnlyTheOutline()
    {
        var page = RuledPage();
        var sut = new LatticeTableDetector();

        var ruled = sut.DetectHolding(page, _ => false);

        var (outline, table) = Assert.Single(ruled);
        Assert.Equal(sut.Detect(page).Single().Box, outline);
        Assert.Null(table);
    }

    internal static PageLayout RuledPage(int number = 1) => new LayoutBuilder().EmptyPages(number - 1).Page(p => p
        .Rule(57, 700, 360, 700).Rule(160, 680, 360, 680).Rule(57, 660, 360, 660).Rule(57, 640, 360, 640).Rule(57, 620, 360, 620)
        .Rule(57, 620, 57, 700).Rule(160, 620, 160, 700).Rule(260, 620, 260, 680).Rule(360, 620, 360, 700)
        .Text("Kommun", 60, 676, bold: true).Text("Resultat", 190, 686, bold: true)
        .Text("2016", 165, 666, bold: true).Text("2017", 265, 666, bold: true)
        .Text("Vallentuna", 60, 651, size: 8).Text("kommun", 60, 643, size: 8).Text("555", 165, 646)
        .Text("Tranås", 60, 626).Text("512", 165, 626).Text("530", 265, 626)).Build().Pages[number - 1];
}
