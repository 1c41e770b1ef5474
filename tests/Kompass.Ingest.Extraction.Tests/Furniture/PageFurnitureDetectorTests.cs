using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Extraction.Furniture;
using Kompass.Ingest.Extraction.Lines;
using Kompass.Ingest.TestKit.Layout;
using Xunit.Abstractions;

namespace Kompass.Ingest.Extraction.Tests.Furniture;

public sealed class PageFurnitureDetectorTests(ITestOutputHelper output)
{
    private readonly PageFurnitureDetector _sut = new();

    [Fact]
    public void Detect_SeedHeaderOnAllButTheCover_MarksHeaderAndKeepsBody()
    {
        var builder = new LayoutBuilder().Page(p => p.Text("KommunKompassen", 72, 640, size: 28, bold: true));
        for (var page = 2; page <= 6; page++)
        {
            var number = page;
            builder.Page(p => p
                .Text("Sveriges Kommuner och Landsting", 72, 810, size: 9)
                .Text("2017-06-25", 300, 810, size: 9)
                .Text($"{number} (16)", 500, 810, size: 9)
                .Text($"Område {number} Text som bara står här", 72, 760, size: 14, bold: true)
                .Paragraph(Prose(number), 72, 740));
        }

        var (pages, result) = Detect(builder.Build());

        Assert.All(pages.Skip(1), p => Assert.Equal(3, p.Lines.Count(result.IsFurniture)));
        Assert.DoesNotContain(pages[0].Lines, result.IsFurniture);
        Assert.All(pages.Skip(1), p => Assert.Contains(result.BodyLines(p), l => l.Text.StartsWith("Område", StringComparison.Ordinal)));
        Assert.Equal(new PageNumberPattern(PageNumberStyle.NumberOfTotalInParentheses, FurnitureBand.Top, 0, 16, 5), result.PageNumbers);
        var date = result.MostFrequentFullDate();
        Assert.Equal(new DateOnly(2017, 6, 25), date?.Value.Date);
        Assert.Equal(2, date?.Source.Page);
        Assert.Equal("2017-06-25", date?.Source.RawText);
    }

    [Fact]
    public void Detect_SidaAvFooterWithSwedishDate_ReadsTheDateAndNumbering()
    {
        var builder = new LayoutBuilder();
        for (var page = 1; page <= 4; page++)
        {
            var number = page;
            builder.Page(p => p
                .Paragraph(Prose(number), 72, 760)
                .Text("Sveriges Kommuner och Regioner", 66, 40, size: 8)
                .Text("15 oktober 2024", 256, 40, size: 8)
                .Text($"Sida {number} av 4", 484, 40, size: 8));
        }

        var (_, result) = Detect(builder.Build());

        Assert.Equal(PageNumberStyle.SidaAv, result.PageNumbers?.Style);
        Assert.Equal(FurnitureBand.Bottom, result.PageNumbers?.Band);
        Assert.Equal(new DateOnly(2024, 10, 15), result.MostFrequentFullDate()?.Value.Date);
        Assert.Equal(12, result.Lines.Count);
    }

    [Fact]
    public void Detect_BareNumbersAlternatingSidesWithUnnumberedCover_FindsOffset()
    {
        var builder = new LayoutBuilder().Page(p => p.Text("Personalpolicy", 72, 640, size: 24));
        for (var page = 2; page <= 5; page++)
        {
            var printed = page - 1;
            var x = printed % 2 == 0 ? 72 : 520;
            builder.Page(p => p.Paragraph(Prose(printed), 72, 760).Text($"{printed}", x, 30, size: 9));
        }

        var (pages, result) = Detect(builder.Build());

        Assert.Equal(-1, result.PageNumbers?.Offset);
        Assert.Equal(PageNumberStyle.Bare, result.PageNumbers?.Style);
        Assert.All(pages.Skip(1), p => Assert.Equal(FurnitureKind.PageNumber, result.Lines.Single(l => l.Line.Page == p.Number).Kind));
    }

    [Fact]
    public void Detect_SlashNumbersAndRunningTitle_MarksBoth()
    {
        var builder = new LayoutBuilder();
        for (var page = 1; page <= 5; page++)
        {
            var number = page;
            builder.Page(p => p
                .Text("KommunKompassen Simrishamn 2018", 72, 810, size: 8)
                .Paragraph(Prose(number), 72, 760)
                .Text($"{number}/27", 520, 36, size: 8));
        }

        var (_, result) = Detect(builder.Build());

        Assert.Equal(PageNumberStyle.Slash, result.PageNumbers?.Style);
        Assert.Equal(27, result.PageNumbers?.Total);
        Assert.Equal(10, result.Lines.Count);
        Assert.Contains(result.Dates, d => d.Value.Year == 2018 && d.Value.Month is null);
    }

    [Fact]
    public void Detect_HeaderMissingOnSomePages_StillFurnitureWhereItStands()
    {
        var builder = new LayoutBuilder();
        for (var page = 1; page <= 10; page++)
        {
            var withHeader = page is not 1 and not 5 and not 6;
            var number = page;
            builder.Page(p =>
            {
                if (withHeader)
                {
                    p.Text("Regionkompassen 2015", 425, 798, size: 8.5);
                }

                p.Paragraph(Prose(number), 78, 740, size: 10);
            });
        }

        var (pages, result) = Detect(builder.Build());

        Assert.Equal(7, result.Lines.Count);
        Assert.DoesNotContain(pages[4].Lines, result.IsFurniture);
    }

    [Fact]
    public void Detect_RepeatedHeadingInLargerFont_IsContent()
    {
        var builder = new LayoutBuilder();
        for (var page = 1; page <= 4; page++)
        {
            var number = page;
            builder.Page(p => p.Text("STYRKOR", 72, 780, size: 14, bold: true).Paragraph(Prose(number), 72, 760, size: 10));
        }

        var (_, result) = Detect(builder.Build());

        Assert.Empty(result.Lines);
    }

    [Fact]
    public void Detect_HeaderMeasuredLargeOnOnePage_IsFurnitureOnEveryPage()
    {
        // A scan: a shadow over one page's header made OCR measure it 15.5 pt where it is 9 pt. The
        // cover's title repeats the header's word, large and alone on its row: content.
        var builder = new LayoutBuilder().Page(p => p.Text("RAPPORT", 72, 790, size: 28, bold: true).Paragraph(Prose(1), 72, 700, size: 10.8));
        for (var page = 2; page <= 6; page++)
        {
            var (number, size) = (page, page == 4 ? 15.5 : 9);
            builder.Page(p => p.Text("RAPPORT", 72, 800, size: size, bold: true).Text("2010-11-25", 480, 800, size: size, bold: true)
                .Paragraph(Prose(number), 72, 760, size: 10.8));
        }

        var (pages, result) = Detect(builder.Build());

        Assert.DoesNotContain(pages[0].Lines, result.IsFurniture);
        Assert.All(pages.Skip(1), p => Assert.Equal(2, p.Lines.Count(result.IsFurniture)));
    }

    [Fact]
    public void Detect_RepeatedLabelUnderVaryingHeadings_IsContent()
    {
        string[] areas = ["Offentlighet och demokrati", "Politisk styrning och kontroll", "Resultat och effektivitet", "Verksamhetsutveckling"];
        var builder = new LayoutBuilder();
        for (var page = 1; page <= 4; page++)
        {
            var area = areas[page - 1];
            builder.Page(p => p
                .Text("Sveriges Kommuner och Landsting", 72, 796, size: 8)
                .Text($"{area} i korthet", 72, 747, size: 12, bold: true)
                .Text("Rubriker", 72, 733, size: 9, bold: true)
                .Paragraph([$"Strategi för {area.ToLowerInvariant()}", "Information till medborgare", "Dialog och medverkan"], 72, 721, size: 9.5));
        }

        var (pages, result) = Detect(builder.Build());

        Assert.All(pages, p => Assert.Equal(["Sveriges Kommuner och Landsting"], p.Lines.Where(result.IsFurniture).Select(l => l.Text)));
    }

    [Fact]
    public void Detect_LargerHeaderWordInAFurnitureRow_IsFurniture()
    {
        var builder = new LayoutBuilder();
        for (var page = 1; page <= 3; page++)
        {
            var number = page;
            builder.Page(p => p
                .Text("SVERIGES KOMMUNER OCH LANDSTING", 72, 802, size: 9, bold: true)
                .Text("PM", 333, 802, size: 13.5, bold: true)
                .Text($"{number}(3)", 514, 802, size: 10.5)
                .Paragraph(Prose(number), 72, 720, size: 11.5));
        }

        var (pages, result) = Detect(builder.Build());

        Assert.All(pages, p => Assert.Contains(p.Lines, l => l.Text == "PM" && result.IsFurniture(l)));
    }

    [Fact]
    public void Detect_OnePage_FindsNothing()
    {
        var layout = new LayoutBuilder().Page(p => p.Text("PM 1(1)", 500, 810, size: 9).Text("Text", 72, 700)).Build();

        var (_, result) = Detect(layout);

        Assert.Empty(result.Lines);
        Assert.Null(result.PageNumbers);
    }

    [Fact]
    public void Detect_TableNumbersAtThePageBottom_AreNoPageNumbers()
    {
        var builder = new LayoutBuilder();
        foreach (var total in new[] { "71", "65", "74", "76" })
        {
            var words = Prose(int.Parse(total, System.Globalization.CultureInfo.InvariantCulture) % 10);
            builder.Page(p => p.Paragraph(words, 72, 760).Text(total, 72, 60, size: 10));
        }

        var (_, result) = Detect(builder.Build());

        Assert.Null(result.PageNumbers);
        Assert.Empty(result.Lines);
    }

    // Body text that differs from page to page in words, not only in digits (digits are masked).
    private static string[] Prose(int page)
    {
        string[] words = ["alfa", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda"];
        return [$"Stycket om {words[page % words.Length]} börjar här.", $"Och fortsätter med {words[(page + 3) % words.Length]} och mer."];
    }

    private (IReadOnlyList<PageLines> Pages, FurnitureResult Result) Detect(DocumentLayout layout)
    {
        var lines = new LineBuilder();
        var pages = layout.Pages.Select(p => new PageLines(p, lines.Build(p))).ToList();
        var result = _sut.Detect(pages);
        output.WriteLine(string.Join('\n', pages.SelectMany(p => p.Lines).Select(l => (result.IsFurniture(l) ? "F " : "  ") + l)));
        return (pages, result);
    }
}
