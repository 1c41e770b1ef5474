using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Lines;
using Kompass.Ingest.TestKit.Layout;
using Xunit.Abstractions;

namespace Kompass.Ingest.Extraction.Tests.Lines;

public sealed class LineBuilderTests(ITestOutputHelper output)
{
    private readonly LineBuilder _sut = new();

    [Fact]
    public void Build_WordsOfOneLineInAnyOrder_GivesOneLineLeftToRight()
    {
        var page = Page(p => p
            .Word("demokrati", new BoundingBox(163, 700, 213, 708))
            .Word("Offentlighet", new BoundingBox(72, 700, 140, 708))
            .Word("och", new BoundingBox(143, 699.5, 160, 707.5)));

        var line = Assert.Single(Build(page));

        Assert.Equal("Offentlighet och demokrati", line.Text);
        Assert.Equal(new BoundingBox(72, 699.5, 213, 708), line.Box);
        Assert.Equal(0, line.Row);
        Assert.Equal(1, line.Page);
    }

    [Fact]
    public void Build_TwoColumns_AreNotGluedAndShareRows()
    {
        var page = Page(p => p
            .Paragraph(["Vänster spalt rad ett", "Vänster spalt rad två"], x: 72, top: 750)
            .Paragraph(["Höger spalt rad ett", "Höger spalt rad två"], x: 320, top: 750));

        var lines = Build(page);

        Assert.Equal(
            ["Vänster spalt rad ett", "Höger spalt rad ett", "Vänster spalt rad två", "Höger spalt rad två"],
            lines.Select(l => l.Text));
        Assert.Equal([0, 0, 1, 1], lines.Select(l => l.Row));
    }

    [Fact]
    public void Build_TableRow_SplitsIntoCells()
    {
        var page = Page(p => p
            .Text("1.1", 72, 600, size: 10)
            .Text("Finns en plan för demokratiutveckling?", 100, 600, size: 10)
            .Text("10", 420, 600, size: 10)
            .Text("15", 470, 600, size: 10)
            .Text("65%", 520, 600, size: 10));

        var lines = Build(page);

        Assert.Equal(["1.1", "Finns en plan för demokratiutveckling?", "10", "15", "65%"], lines.Select(l => l.Text));
        Assert.All(lines, l => Assert.Equal(0, l.Row));
    }

    [Fact]
    public void Build_WideJustifiedSpaces_StayOneLine()
    {
        // 0.7 em between words: wide, but a justified line, not a column gutter.
        var page = Page(p => p
            .Word("Kommunen", new BoundingBox(72, 600, 120, 607), size: 10)
            .Word("har", new BoundingBox(127, 600, 142, 607), size: 10)
            .Word("en", new BoundingBox(149, 600, 160, 607), size: 10));

        Assert.Equal("Kommunen har en", Assert.Single(Build(page)).Text);
    }

    [Fact]
    public void Build_SeveralLines_ComeTopToBottomWithRowNumbers()
    {
        var page = Page(p => p.Paragraph(["Rubriker", "Strategi för brukarorientering", "Tillgänglighet och bemötande"], 72, 700));

        var lines = Build(page);

        Assert.Equal(["Rubriker", "Strategi för brukarorientering", "Tillgänglighet och bemötande"], lines.Select(l => l.Text));
        Assert.Equal([0, 1, 2], lines.Select(l => l.Row));
    }

    [Fact]
    public void Build_TwoSmallLinesBesideATallHeading_StayTwoLines()
    {
        var page = Page(p => p
            .Text("Område", 72, 700, size: 30, bold: true)
            .Text("Sveriges Kommuner", 300, 712, size: 9)
            .Text("och Landsting", 300, 701, size: 9));

        var lines = Build(page);

        Assert.Equal(["Område", "Sveriges Kommuner", "och Landsting"], lines.Select(l => l.Text));
        Assert.Equal([0, 0, 1], lines.Select(l => l.Row));
    }

    [Fact]
    public void Build_MixedLine_TakesTheSizeAndWeightOfMostCharacters()
    {
        var page = Page(p => p
            .Text("Poäng", 72, 500, size: 10, bold: true)
            .Text("beräknat från 2010 och framåt", 106, 500, size: 9));

        var line = Assert.Single(Build(page));

        Assert.Equal(9, line.FontSize);
        Assert.False(line.IsBold);
    }

    [Fact]
    public void Build_PageWithoutWords_GivesNoLines()
    {
        var page = Page(p => p.Images(2).Rule(72, 500, 500, 500));

        Assert.Empty(Build(page));
    }

    private IReadOnlyList<TextLine> Build(PageLayout page)
    {
        output.WriteLine(LayoutDescriber.Describe(page));
        var lines = _sut.Build(page);
        foreach (var line in lines)
        {
            output.WriteLine(line.ToString());
        }

        return lines;
    }

    private static PageLayout Page(Action<PageBuilder> build) => new LayoutBuilder().Page(build).Build().Pages[0];
}
