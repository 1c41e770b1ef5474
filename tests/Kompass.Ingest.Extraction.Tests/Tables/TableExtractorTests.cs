using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Tables;
using Kompass.Ingest.TestKit.Layout;

namespace Kompass.Ingest.Extraction.Tests.Tables;

/// <summary>The choice between lattice and stream, page by page and area by area.</summary>
public sealed class TableExtractorTests
{
    [Fact]
    public void Extract_PageWithRuledAndUnruledTable_LatticeForTheGridStreamForTheRest()
    {
        var ruled = LatticeTableDetectorTests.RuledPage();
        var budget = StreamTableDetectorTests.BudgetPage();
        var page = ruled with { Words = [.. budget.Words, .. ruled.Words.Select(w => w with { Box = Down(w.Box, 300) })], Lines = ruled.Lines.Select(l => l with { Y1 = l.Y1 - 300, Y2 = l.Y2 - 300 }).ToList() };
        var sut = new TableExtractor();

        var tables = sut.Extract(page);

        TableAssert.Count(2, tables, page);
        TableAssert.That(tables[0].Method == TableMethod.Stream && tables[0].RowCount == 5, "the budget table above, by stream", tables[0], page);
        TableAssert.That(tables[1].Method == TableMethod.Lattice && tables[1].Cells.Count == 10, "the ruled table below, by lattice", tables[1], page);
    }

    [Fact]
    public void Extract_Areas_OneTablePerAreaByTheMethodThatFits()
    {
        var ruled = LatticeTableDetectorTests.RuledPage();
        var budget = StreamTableDetectorTests.BudgetPage();
        var page = ruled with { Words = [.. budget.Words, .. ruled.Words.Select(w => w with { Box = Down(w.Box, 300) })], Lines = ruled.Lines.Select(l => l with { Y1 = l.Y1 - 300, Y2 = l.Y2 - 300 }).ToList() };
        var sut = new TableExtractor();

        var tables = sut.Extract(page, [new BoundingBox(50, 300, 400, 420), new BoundingBox(50, 708, 540, 760), new BoundingBox(0, 0, 20, 20)]);

        Assert.Equal(2, tables.Count);
        TableAssert.That(tables[0].Method == TableMethod.Lattice, "the first area is ruled", tables[0], page);
        TableAssert.That(tables[1].Method == TableMethod.Stream && tables[1].RowCount == 3, "the second area is read by stream", tables[1], page);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Extract_WantedWord_OnlyTheTableThatHoldsItAsTheFullReadFindsIt(int holder)
    {
        var page = RuledBelowBudget();
        var sut = new TableExtractor();
        var all = sut.Extract(page);
        var marker = all[holder].Cells.First(c => c.Words.Count > 0).Words[0];

        var tables = sut.Extract(page, w => ReferenceEquals(w, marker));

        TableAssert.Count(1, tables, page);
        TableAssert.That(tables[0].Method == all[holder].Method && tables[0].Box == all[holder].Box, "the table holding the word", tables[0], page);
        Assert.Equal(all[holder].Cells.Select(c => c.Text), tables[0].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Extract_NoWantedWordOnThePage_NoTables()
    {
        var sut = new TableExtractor();

        var tables = sut.Extract(RuledBelowBudget(), _ => false);

        Assert.Empty(tables);
    }

    [Fact]
    public void Extract_PageWithoutWords_NoTables()
    {
        var layout = new LayoutBuilder().EmptyPages(2).Build();
        var sut = new TableExtractor();

        var tables = sut.Extract(layout);

        Assert.Empty(tables);
    }

    private static Domain.Layout.PageLayout RuledBelowBudget()
    {
        var ruled = LatticeTableDetectorTests.RuledPage();
        var budget = StreamTableDetectorTests.BudgetPage();
        return ruled with { Words = [.. budget.Words, .. ruled.Words.Select(w => w with { Box = Down(w.Box, 300) })], Lines = ruled.Lines.Select(l => l with { Y1 = l.Y1 - 300, Y2 = l.Y2 - 300 }).ToList() };
    }

    private static BoundingBox Down(BoundingBox box, double by) => box with { Bottom = box.Bottom - by, Top = box.Top - by };
}
