using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Tables;
using Kompass.Ingest.TestKit.Layout;

namespace Kompass.Ingest.Extraction.Tests.Tables;

/// <summary>Stream detection on tables of other kinds than the seed's: any born-digital table should work.</summary>
public sealed class StreamTableDetectorTests
{
    private const double Size = 10;
    private const double Pitch = 12;

    [Fact]
    public void Detect_UnruledTableWithWrappedFirstColumn_ReadsRowsAndRightAlignedNumbers()
    {
        var page = BudgetPage();
        var sut = new StreamTableDetector();

        var tables = sut.Detect(page);

        TableAssert.Count(1, tables, page);
        var table = tables[0];
        TableAssert.Size(5, 4, table, page);
        TableAssert.Text("Department", table, 0, 0, page);
        TableAssert.Text("Variance", table, 0, 3, page);
        TableAssert.Text("Social services and\nelderly care", table, 1, 0, page);
        TableAssert.Text("1 250", table, 1, 1, page);
        TableAssert.Text("-270", table, 1, 3, page);
        TableAssert.Text("Schools", table, 2, 0, page);
        TableAssert.Text("2 512", table, 2, 2, page);
        TableAssert.Text("Culture, leisure and\nsports administration", table, 3, 0, page);
        TableAssert.Text("Total", table, 4, 0, page);
        TableAssert.That(table.HeaderRowCount == 1 && table.TotalRow == 4, "heading and total rows", table, page);
        TableAssert.That(!table.Columns[0].IsNumeric && table.Columns.Skip(1).All(c => c.IsNumeric), "numeric columns", table, page);
    }

    [Fact]
    public void Detect_HeadingsWiderThanTheirNumbers_KeepOneColumnPerHeading()
    {
        // Statistics tables often head a narrow column of numbers with a long, left-aligned or
        // wrapped heading that reaches over the gap to the next column's numbers.
        string[] municipalities = ["Ale", "Bjuv", "Eda", "Hjo", "Ljusdal"];
        int[][] values = [[31_900, 21], [15_900, 19], [8_600, 24], [9_200, 23], [19_000, 25]];
        var page = new LayoutBuilder().Page(p =>
        {
            p.Text("Kommun", 72, 700, Size, bold: true)
                .Text("Antal invånare", 200, 700, Size, bold: true).Text("vid årets slut", 200, 688, Size, bold: true)
                .Text("Andel äldre än", 290, 700, Size, bold: true).Text("65 år (procent)", 290, 688, Size, bold: true);
            for (var i = 0; i < municipalities.Length; i++)
            {
                var baseline = 668 - (i * Pitch);
                p.Text(municipalities[i], 72, baseline, Size);
                var inhabitants = values[i][0].ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("sv-SE"));
                p.Text(inhabitants, 245 - PageBuilder.WidthOf(inhabitants, Size), baseline, Size);
                var share = values[i][1].ToString(System.Globalization.CultureInfo.InvariantCulture);
                p.Text(share, 330 - PageBuilder.WidthOf(share, Size), baseline, Size);
            }
        }).Build().Pages[0];
        var sut = new StreamTableDetector();

        var tables = sut.Detect(page);

        TableAssert.Count(1, tables, page);
        var table = tables[0];
        TableAssert.Size(6, 3, table, page);
        TableAssert.Text("Antal invånare\nvid årets slut", table, 0, 1, page);
        TableAssert.Text("Andel äldre än\n65 år (procent)", table, 0, 2, page);
        TableAssert.Text("Eda", table, 3, 0, page);
        TableAssert.Text("24", table, 3, 2, page);
    }

    [Fact]
    public void Detect_TwoColumnBodyText_FindsNoTable()
    {
        var page = new LayoutBuilder().Page(p =>
        {
            p.Text("Kommunkompassen analyserar en kommun", 57, 790, 16, bold: true);
            var left = Prose(0);
            var right = Prose(7);
            p.Paragraph(left, 57, 760, Size);
            p.Paragraph(right, 305, 760, Size);
        }).Build().Pages[0];
        var sut = new StreamTableDetector();

        var tables = sut.Detect(page);

        TableAssert.Count(0, tables, page);
    }

    [Fact]
    public void Detect_TableRuledOnlyHorizontally_RowsFollowTheRules()
    {
        var page = new LayoutBuilder().Page(p =>
        {
            double[] xs = [57, 150, 330];
            p.Rule(57, 735, 520, 735);
            Row(p, xs, 722, bold: true, ["Area"], ["Strength"], ["Improvement"]);
            p.Rule(57, 717, 520, 717);
            Row(p, xs, 704, bold: false, ["Democracy"], ["Web broadcasts of council", "meetings"], ["Open committee", "meetings"]);
            p.Rule(57, 687, 520, 687);
            Row(p, xs, 674, bold: false, ["Service", "quality"], ["Citizen surveys every", "second year"], ["Publish results centrally;", "compare with other", "municipalities"]);
            p.Rule(57, 645, 520, 645);
            Row(p, xs, 632, bold: false, ["Leadership"], ["Clear mandates"], ["Follow up leadership", "programmes"]);
            p.Rule(57, 615, 520, 615);
        }).Build().Pages[0];
        var sut = new StreamTableDetector();

        var tables = sut.Detect(page);

        TableAssert.Count(1, tables, page);
        var table = tables[0];
        TableAssert.Size(4, 3, table, page);
        TableAssert.Text("Service\nquality", table, 2, 0, page);
        TableAssert.Text("Publish results centrally;\ncompare with other\nmunicipalities", table, 2, 2, page);
        TableAssert.Text("Follow up leadership\nprogrammes", table, 3, 2, page);
        TableAssert.That(table.HeaderRowCount == 1, "the bold first row is the heading", table, page);
    }

    [Fact]
    public void Detect_SpanningHeadingAndEmptyCell_GivesColumnSpanAndEmptyCellBox()
    {
        var page = new LayoutBuilder().Page(p =>
        {
            double[] rights = [300, 360, 420, 480];
            p.Text("Municipality", 57, 750, Size, bold: true);
            // Group headings centred over their two columns, as word processors print them.
            Right(p, "Score 2016", 322.5 + (PageBuilder.WidthOf("Score 2016", Size) / 2), 750);
            Right(p, "Score 2017", 442.5 + (PageBuilder.WidthOf("Score 2017", Size) / 2), 750);
            string[] years = ["Own", "Mean", "Own", "Mean"];
            for (var k = 0; k < 4; k++)
            {
                Right(p, years[k], rights[k], 738);
            }

            string[][] rows = [["Vallentuna", "555", "476", "", "480"], ["Tranås", "512", "476", "530", "480"], ["Kumla", "498", "476", "507", "480"]];
            for (var r = 0; r < rows.Length; r++)
            {
                p.Text(rows[r][0], 57, 726 - (r * Pitch), Size);
                for (var k = 0; k < 4; k++)
                {
                    Right(p, rows[r][k + 1], rights[k], 726 - (r * Pitch));
                }
            }
        }).Build().Pages[0];
        var sut = new StreamTableDetector();

        var table = Assert.Single(sut.Detect(page));

        TableAssert.Size(5, 5, table, page);
        var spanning = table.CellAt(0, 1)!;
        TableAssert.That(spanning.Text == "Score 2016" && spanning.ColumnSpan == 2 && spanning.Column == 1, "a heading over two columns", table, page);
        TableAssert.Text("Mean", table, 1, 4, page);
        var empty = table.CellAt(2, 3)!;
        TableAssert.That(empty.IsEmpty && empty.Text.Length == 0 && empty.Box.Right > empty.Box.Left && empty.Box.Top > empty.Box.Bottom, "an empty cell with a box", table, page);
        TableAssert.That(table.HeaderRowCount == 2, "two heading rows", table, page);
    }

    [Fact]
    public void DetectIn_Area_ReadsExactlyOneTableThere()
    {
        var page = BudgetPage();
        var sut = new StreamTableDetector();

        var table = sut.DetectIn(page, new BoundingBox(50, 708, 540, 760));

        Assert.NotNull(table);
        TableAssert.Size(3, 4, table, page);
        TableAssert.Text("Social services and\nelderly care", table, 1, 0, page);
    }

    [Fact]
    public void DetectIn_AreaWithoutWords_ReturnsNull()
    {
        var sut = new StreamTableDetector();

        var table = sut.DetectIn(BudgetPage(), new BoundingBox(0, 0, 40, 40));

        Assert.Null(table);
    }

    /// <summary>A budget table (wrapped first column, right-aligned numbers, top-aligned) between two paragraphs.</summary>
    internal static PageLayout BudgetPage() => new LayoutBuilder().Page(p =>
    {
        p.Text("The committee reports the following figures for the year, in thousands of kronor.", 57, 780, Size);
        double[] rights = [330, 420, 510];
        p.Text("Department", 57, 750, Size, bold: true);
        string[] heads = ["Budget", "Actual", "Variance"];
        for (var k = 0; k < 3; k++)
        {
            Right(p, heads[k], rights[k], 750, bold: true);
        }

        (string[] Label, string[] Values)[] rows =
        [
            (["Social services and", "elderly care"], ["1 250", "980", "-270"]),
            (["Schools"], ["2 400", "2 512", "112"]),
            (["Culture, leisure and", "sports administration"], ["310", "295", "-15"]),
            (["Total"], ["3 960", "3 787", "-173"]),
        ];
        var baseline = 738.0;
        foreach (var (label, values) in rows)
        {
            for (var l = 0; l < label.Length; l++)
            {
                p.Text(label[l], 57, baseline - (l * Pitch), Size);
            }

            for (var k = 0; k < 3; k++)
            {
                Right(p, values[k], rights[k], baseline);
            }

            baseline -= label.Length * Pitch;
        }

        p.Text("Variances above five per cent are explained in the appendix to this report.", 57, baseline - 20, Size);
    }).Build().Pages[0];

    private static void Right(PageBuilder page, string text, double right, double baseline, bool bold = false)
    {
        if (text.Length > 0)
        {
            page.Text(text, right - PageBuilder.WidthOf(text, Size), baseline, Size, bold);
        }
    }

    private static void Row(PageBuilder page, double[] xs, double baseline, bool bold, params string[][] cells)
    {
        for (var c = 0; c < cells.Length; c++)
        {
            for (var l = 0; l < cells[c].Length; l++)
            {
                page.Text(cells[c][l], xs[c], baseline - (l * Pitch), Size, bold);
            }
        }
    }

    /// <summary>Forty lines of running Swedish text about 45 characters wide, starting at word <paramref name="offset"/>.</summary>
    private static List<string> Prose(int offset)
    {
        var words = ("Kommunkompassen är ett verktyg för utvärdering och analys av kommuners sätt att arbeta "
            + "och verktyget togs fram i mitten av nittiotalet av universitetet i Oslo i samverkan med "
            + "Åbo Akademi och har sedan dess använts i ett flertal kommuner i samtliga nordiska länder där "
            + "resultatet sammanställs i en rapport med poängbedömning och beskrivning").Split(' ');
        var lines = new List<string>();
        var line = new List<string>();
        for (var i = offset; lines.Count < 40; i++)
        {
            var word = words[i % words.Length];
            if (PageBuilder.WidthOf(string.Join(' ', line.Append(word)), Size) > 235)
            {
                lines.Add(string.Join(' ', line));
                line.Clear();
            }

            line.Add(word);
        }

        return lines;
    }
}
