using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Lines;
using Kompass.Ingest.Extraction.Titles;
using Kompass.Ingest.TestKit.Layout;
using Xunit.Abstractions;

namespace Kompass.Ingest.Extraction.Tests.Titles;

public sealed class TitleExtractorTests(ITestOutputHelper output)
{
    private readonly TitleExtractor _sut = new();

    [Fact]
    public void Extract_HeadingOverTwoLines_JoinsThemWithProvenance()
    {
        var layout = new LayoutBuilder().Page(p => p
            .Text("KommunKompassen", 72, 760, size: 28, bold: true)
            .Text("ANALYS AV VALLENTUNA KOMMUN", 72, 726, size: 28, bold: true)
            .Text("FEBRUARI 2017", 72, 690, size: 16)
            .Text("Leif Eldås, SKL", 72, 650, size: 11)).Build();

        var title = Extract(layout);

        Assert.NotNull(title);
        Assert.Equal("KommunKompassen ANALYS AV VALLENTUNA KOMMUN", title.Value);
        Assert.Equal(1, title.Source.Page);
        Assert.Equal("KommunKompassen\nANALYS AV VALLENTUNA KOMMUN", title.Source.RawText);
        var box = Assert.IsType<BoundingBox>(title.Source.Box);
        Assert.Equal(726, box.Bottom, 3);
        Assert.Equal(760 + (0.7 * 28), box.Top, 3);
        Assert.StartsWith("TitleExtractor@extraction/", title.Source.Extractor, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_BlankFirstPage_TakesTheFirstPageWithText()
    {
        var layout = new LayoutBuilder()
            .EmptyPages(1, images: 1)
            .Page(p => p.Text("Personalpolicy för Laholms kommun", 72, 700, size: 20).Text("Antagen av kommunfullmäktige", 72, 670))
            .Build();

        var title = Extract(layout);

        Assert.Equal("Personalpolicy för Laholms kommun", title?.Value);
        Assert.Equal(2, title?.Source.Page);
    }

    [Fact]
    public void Extract_SmallRunningHeaderAboveLargerTitle_TakesTheLargerTitle()
    {
        var layout = new LayoutBuilder().Page(p => p
            .Text("Sveriges Kommuner och Landsting 2017-06-25", 72, 800, size: 9)
            .Text("Återkoppling Kommunkompass", 72, 600, size: 24)
            .Text("Tyresö", 72, 570, size: 24)).Build();

        Assert.Equal("Återkoppling Kommunkompass Tyresö", Extract(layout)?.Value);
    }

    [Fact]
    public void Extract_SameSizeTextFarBelow_IsNotJoined()
    {
        var layout = new LayoutBuilder().Page(p => p
            .Text("Strategi", 72, 760, size: 24)
            .Text("Dokumentansvarig", 72, 300, size: 24)).Build();

        Assert.Equal("Strategi", Extract(layout)?.Value);
    }

    [Fact]
    public void Extract_HugePageNumber_CannotStartTheTitle()
    {
        var layout = new LayoutBuilder().Page(p => p
            .Text("1", 500, 800, size: 40)
            .Text("Kvalitetspolicy", 72, 700, size: 22)).Build();

        Assert.Equal("Kvalitetspolicy", Extract(layout)?.Value);
    }

    [Fact]
    public void Extract_DateBesideFirstTitleLine_IsSkippedAndTheNextTitleLineJoined()
    {
        var layout = new LayoutBuilder().Page(p => p
            .Text("Regionkompass", 72, 760, size: 26)
            .Text("2014-05-01", 480, 760, size: 9)
            .Text("- en pilotstudie 2014", 72, 728, size: 26)).Build();

        Assert.Equal("Regionkompass - en pilotstudie 2014", Extract(layout)?.Value);
    }

    [Fact]
    public void Extract_PageInOneSize_TakesTheFirstBoldLine()
    {
        var layout = new LayoutBuilder().Page(p => p
            .Text("Dnr KS 2015/123", 72, 800)
            .Text("Personalpolitiskt program", 72, 760, bold: true)
            .Paragraph(["Programmet gäller alla anställda.", "Det antogs av fullmäktige."], 72, 740)).Build();

        Assert.Equal("Personalpolitiskt program", Extract(layout)?.Value);
    }

    [Fact]
    public void Extract_PageInOneSizeWithoutBold_TakesTheFirstLineOnly()
    {
        var layout = new LayoutBuilder().Page(p => p
            .Paragraph(["Vallentuna kommuns värdegrund:", "Vi sätter invånarna i centrum.", "Vi är öppna och tydliga."], 72, 760)).Build();

        Assert.Equal("Vallentuna kommuns värdegrund:", Extract(layout)?.Value);
    }

    [Fact]
    public void Extract_LongRunOfLargeLines_StopsAtMaxLines()
    {
        var layout = new LayoutBuilder().Page(p => p
            .Paragraph(["Ett", "hållbart", "Varberg", "Socialt", "Ekonomiskt", "Ekologiskt"], 72, 780, size: 24)
            .Text("Antagen 2014", 72, 500, size: 10)).Build();

        Assert.Equal("Ett hållbart Varberg Socialt", Extract(layout)?.Value);
    }

    [Fact]
    public void Extract_NoTextAnywhere_ReturnsNull()
    {
        var layout = new LayoutBuilder().EmptyPages(3, images: 1).Build();

        Assert.Null(Extract(layout));
    }

    private Sourced<string>? Extract(DocumentLayout layout)
    {
        output.WriteLine(LayoutDescriber.Describe(layout));
        var lines = new LineBuilder();
        var pages = layout.Pages.Select(p => new PageLines(p, lines.Build(p))).ToList();
        foreach (var line in pages.SelectMany(p => p.Lines))
        {
            output.WriteLine(line.ToString());
        }

        var title = _sut.Extract(pages);
        output.WriteLine($"title: {title}");
        return title;
    }
}
