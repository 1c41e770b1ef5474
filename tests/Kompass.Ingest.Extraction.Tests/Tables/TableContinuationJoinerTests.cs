using Kompass.Ingest.Extraction.Tables;
using Kompass.Ingest.TestKit.Layout;

namespace Kompass.Ingest.Extraction.Tests.Tables;

/// <summary>Tables continued on the next page, with and without a repeated heading.</summary>
public sealed class TableContinuationJoinerTests
{
    private const double Size = 10;
    private static readonly double[] Rights = [380, 450, 520];
    private static readonly string[] Heading = ["Indicator", "2015", "2016", "Change"];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Extract_TableContinuedOnNextPage_JoinsIntoOneTable(bool repeatHeading)
    {
        var layout = new LayoutBuilder()
            .Page(p => WritePage(p, 1, Enumerable.Range(1, 18), heading: true, total: false))
            .Page(p => WritePage(p, 2, Enumerable.Range(19, 6), heading: repeatHeading, total: true))
            .Build();
        var sut = new TableExtractor();

        var tables = sut.Extract(layout);

        TableAssert.Count(1, tables, [.. layout.Pages]);
        var table = tables[0];
        TableAssert.Size(1 + 24 + 1, 4, table, [.. layout.Pages]);
        TableAssert.That(table.Regions.Select(r => r.Page).SequenceEqual([1, 2]), "one region per page", table, [.. layout.Pages]);
        TableAssert.Text("Indicator 19 of the year", table, 19, 0, [.. layout.Pages]);
        TableAssert.That(table.CellAt(19, 0)!.Page == 2 && table.CellAt(18, 0)!.Page == 1, "cells keep their pages", table, [.. layout.Pages]);
        TableAssert.That(table.TotalRow == 25 && table.HeaderRowCount == 1, "the total row sums both pages", table, [.. layout.Pages]);
    }

    [Fact]
    public void Join_NextTableHasAnotherHeading_KeepsTwoTables()
    {
        var layout = new LayoutBuilder()
            .Page(p => WritePage(p, 1, Enumerable.Range(1, 5), heading: true, total: false))
            .Page(p => WritePage(p, 2, Enumerable.Range(6, 5), heading: true, total: false, firstHeading: "Measure"))
            .Build();
        var tables = layout.Pages.SelectMany(new StreamTableDetector().Detect).ToList();
        var sut = new TableContinuationJoiner();

        var joined = sut.Join(tables, layout);

        TableAssert.Count(2, joined, [.. layout.Pages]);
    }

    [Fact]
    public void Join_FirstPartEndsWithTotal_KeepsTwoTables()
    {
        var layout = new LayoutBuilder()
            .Page(p => WritePage(p, 1, Enumerable.Range(1, 5), heading: true, total: true))
            .Page(p => WritePage(p, 2, Enumerable.Range(6, 5), heading: false, total: false))
            .Build();
        var tables = layout.Pages.SelectMany(new StreamTableDetector().Detect).ToList();
        var sut = new TableContinuationJoiner();

        var joined = sut.Join(tables, layout);

        TableAssert.Count(2, joined, [.. layout.Pages]);
    }

    [Fact]
    public void Join_FirstTableEndsHigherOnItsPage_KeepsTwoTables()
    {
        var layout = new LayoutBuilder()
            .Page(p =>
            {
                WritePage(p, 1, Enumerable.Range(1, 5), heading: true, total: false);
                p.Paragraph(["The figures above are preliminary.", "Final figures follow in the spring.", "They are audited by the council."], 57, 600, Size);
            })
            .Page(p => WritePage(p, 2, Enumerable.Range(6, 5), heading: false, total: false))
            .Build();
        var tables = layout.Pages.SelectMany(new StreamTableDetector().Detect).ToList();
        var sut = new TableContinuationJoiner();

        var joined = sut.Join(tables, layout);

        TableAssert.Count(2, joined, [.. layout.Pages]);
    }

    [Fact]
    public void Extract_OnlyTheTotalRowRunsOnBeforeTheNextTable_JoinsItToItsTable()
    {
        var layout = new LayoutBuilder()
            .Page(p => WritePage(p, 1, Enumerable.Range(1, 24), heading: true, total: false))
            .Page(p =>
            {
                var below = WritePage(p, 2, [], heading: false, total: true);
                WritePage(p, 2, Enumerable.Range(1, 3), heading: true, total: false, firstHeading: "Measure", top: below - 14);
            })
            .Build();
        var sut = new TableExtractor();

        var tables = sut.Extract(layout);

        TableAssert.Count(2, tables, [.. layout.Pages]);
        TableAssert.Size(26, 4, tables[0], [.. layout.Pages]);
        TableAssert.That(tables[0].TotalRow == 25 && tables[0].CellAt(25, 1)!.Page == 2, "the total row from page 2 closes the first table", tables[0], [.. layout.Pages]);
        TableAssert.Text("Measure", tables[1], 0, 0, [.. layout.Pages]);
    }

    [Fact]
    public void Extract_RepeatedHeadingAndTotalRunOnBeforeTheNextTable_JoinsTheTotalAndDropsTheRepeat()
    {
        var layout = new LayoutBuilder()
            .Page(p => WritePage(p, 1, Enumerable.Range(1, 24), heading: true, total: false))
            .Page(p =>
            {
                var below = WritePage(p, 2, [], heading: true, total: true);
                WritePage(p, 2, Enumerable.Range(1, 3), heading: true, total: false, firstHeading: "Measure", top: below - 14);
            })
            .Build();
        var sut = new TableExtractor();

        var tables = sut.Extract(layout);

        TableAssert.Count(2, tables, [.. layout.Pages]);
        TableAssert.Size(26, 4, tables[0], [.. layout.Pages]);
        TableAssert.That(tables[0].TotalRow == 25 && tables[0].HeaderRowCount == 1, "the repeated heading is dropped, the total kept", tables[0], [.. layout.Pages]);
    }

    /// <summary>A running header, then the rows (heading optional) from the top of the page, optionally a labelled total.</summary>
    private static double WritePage(PageBuilder page, int number, IEnumerable<int> rows, bool heading, bool total, string firstHeading = "Indicator", double top = 770)
    {
        if (top == 770)
        {
            page.Text("Annual report 2016", 57, 815, 8).Text(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"page {number}"), 500, 815, 8);
        }

        var baseline = top;
        if (heading)
        {
            Line(page, baseline, [firstHeading, .. Heading[1..]], bold: true);
            baseline -= 14;
        }

        foreach (var row in rows)
        {
            var label = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Indicator {row} of the year");
            Line(page, baseline, [label, Value(row * 10), Value((row * 10) + 3), "3"], bold: false);
            baseline -= 14;
        }

        if (total)
        {
            var all = Enumerable.Range(1, 24).ToList();
            Line(page, baseline, ["Total", Value(all.Sum(r => r * 10)), Value(all.Sum(r => (r * 10) + 3)), Value(all.Count * 3)], bold: true);
            baseline -= 14;
        }

        return baseline;
    }

    private static string Value(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void Line(PageBuilder page, double baseline, string[] cells, bool bold)
    {
        page.Text(cells[0], 57, baseline, Size, bold);
        for (var k = 1; k < cells.Length; k++)
        {
            page.Text(cells[k], Rights[k - 1] - PageBuilder.WidthOf(cells[k], Size), baseline, Size, bold);
        }
    }

}
