using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Sections;
using Kompass.Ingest.Extraction.Tests.Summary;
using Kompass.Ingest.TestKit.Layout;
using Xunit.Abstractions;

namespace Kompass.Ingest.Extraction.Tests.Sections;

public sealed class AreaSectionExtractorBoundaryTests(ITestOutputHelper output)
{
    private static readonly string[] Interviewed = ["Kommunstyrelsens ordförande", "Oppositionsråd", "Kommundirektör", "Ekonomichef"];

    private readonly AreaSectionExtractor _sut = new(PartRunner.Catalogs);

    [Fact]
    public void Extract_NextAreaHeadingOnTheSamePage_EndsTheSection()
    {
        var layout = new LayoutBuilder().Page(p =>
        {
            p.Text("Område 3 Politisk styrning och kontroll", 72, 790, size: 14, bold: true);
            p.Text("Poäng 71", 72, 770, size: 10, bold: true);
            var next = SectionPages.Bullets(p, "STYRKOR", SectionPages.Strengths, 760);
            next = SectionPages.Bullets(p, "FÖRBÄTTRINGSOMRÅDEN", SectionPages.Improvements, next);
            p.Text("Område 4 Ledarskap, ansvar och delegation", 72, next - 20, size: 14, bold: true);
            p.Text("Poäng 49", 72, next - 40, size: 10, bold: true);
            next = SectionPages.Bullets(p, "STYRKOR", ["Tydlig delegationsordning"], next - 50);
            next = SectionPages.Bullets(p, "FÖRBÄTTRINGSOMRÅDEN", ["Chefernas mandat"], next);
            SectionPages.GeneralText(p, next - 10);
        }).Build();

        var areas = Run(layout);

        Assert.Equal([3, 4], areas.Select(a => a.Number));
        Assert.Equal(SectionPages.Improvements, areas[0].Improvements.Select(s => s.Value));
        Assert.Equal(71m, areas[0].SectionScore?.Value);
        Assert.Equal("Ledarskap, ansvar och delegation", areas[1].Name?.Value);
        Assert.Equal(49m, areas[1].SectionScore?.Value);
        Assert.Equal(["Tydlig delegationsordning"], areas[1].Strengths.Select(s => s.Value));
        Assert.Equal(["Chefernas mandat"], areas[1].Improvements.Select(s => s.Value));
    }

    [Theory]
    [InlineData(16, false)]
    [InlineData(14, false)]
    [InlineData(16, true)]
    public void Extract_ChapterHeadingAfterTheLastArea_KeepsItsTextOutOfTheSection(double chapterSize, bool newPage)
    {
        void Appendix(PageBuilder p, double top)
        {
            p.Text("Bilaga 1 Intervjuade personer", 72, top, size: chapterSize, bold: true);
            p.Paragraph(Interviewed.Select(i => "• " + i), 72, top - 14, size: 10, leading: 1.25);
            p.Paragraph(SectionPages.General, 72, top - 14 - (Interviewed.Length * 12.5) - 8, size: 10, leading: 1.25);
        }

        var builder = new LayoutBuilder().Page(p =>
        {
            p.Text("Område 8 Kommunen som samhällsbyggare", 72, 770, size: 14, bold: true);
            var next = SectionPages.Body(p, 755);
            if (!newPage)
            {
                Appendix(p, next - 24);
            }
        });
        if (newPage)
        {
            builder.Page(p => Appendix(p, 770));
        }

        var area = Assert.Single(Run(builder.Build()));

        Assert.Equal(8, area.Number);
        Assert.Equal(SectionPages.Strengths, area.Strengths.Select(s => s.Value));
        Assert.Equal(SectionPages.Improvements, area.Improvements.Select(s => s.Value));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Extract_LargerLineInABoldHeadingsSection_EndsItOnlyWhenBold(bool lineBold, bool expectLists)
    {
        // The 2002 layout's area heading is only bolder than the body; on a scan a speck beside a
        // one-word subheading can make its measured size far larger than the heading's.
        var layout = new LayoutBuilder().Page(p =>
        {
            p.Text("Område 3 Politisk styrning och kontroll", 72, 790, size: 10.5, bold: true);
            p.Text("Mål och visioner", 90, 770, size: 10);
            p.Text("Uppföljning", 90, 757.5, size: 14, bold: lineBold);
            SectionPages.Body(p, 745);
        }).Build();

        var areas = Run(layout);

        Assert.Equal(expectLists, areas.Any(a => a.Number == 3 && a.Strengths.Select(s => s.Value).SequenceEqual(SectionPages.Strengths)));
    }

    [Fact]
    public void Extract_ChapterWithItsOwnLabelledListsAfterTheLastArea_DoesNotAddThemToTheArea()
    {
        var layout = new LayoutBuilder()
            .Page(p =>
            {
                p.Text("Område 8 Kommunen som samhällsbyggare", 72, 770, size: 14, bold: true);
                SectionPages.Body(p, 755);
            })
            .Page(p =>
            {
                p.Text("Sammanfattande iakttagelser", 72, 770, size: 16, bold: true);
                var next = SectionPages.Bullets(p, "STYRKOR", ["Engagerade förtroendevalda"], 755);
                next = SectionPages.Bullets(p, "FÖRBÄTTRINGSOMRÅDEN", ["En samlad styrning av bolagen"], next);
                SectionPages.GeneralText(p, next - 10);
            }).Build();

        var area = Assert.Single(Run(layout));

        Assert.Equal(SectionPages.Strengths, area.Strengths.Select(s => s.Value));
        Assert.Equal(SectionPages.Improvements, area.Improvements.Select(s => s.Value));
    }

    [Fact]
    public void Extract_SectionOverTwoPagesBeforeTheNextArea_TakesBothPagesAndStopsAtTheNextHeading()
    {
        var layout = new LayoutBuilder()
            .Page(p =>
            {
                p.Text("Område 3 Politisk styrning och kontroll", 72, 770, size: 14, bold: true);
                var next = SectionPages.GeneralText(p, 755);
                p.Text("Poäng 71", 72, next - 8, size: 10, bold: true);
                SectionPages.Bullets(p, "STYRKOR", SectionPages.Strengths, next - 20);
            })
            .Page(p =>
            {
                var next = SectionPages.Bullets(p, "FÖRBÄTTRINGSOMRÅDEN", SectionPages.Improvements, 790);
                p.Text("Område 4 Ledarskap, ansvar och delegation", 72, next - 20, size: 14, bold: true);
                next = SectionPages.GeneralText(p, next - 35);
                p.Text("Poäng 49", 72, next - 8, size: 10, bold: true);
                SectionPages.Bullets(p, "STYRKOR", ["Tydlig delegationsordning"], next - 20);
            }).Build();

        var areas = Run(layout);

        Assert.Equal([3, 4], areas.Select(a => a.Number));
        Assert.Equal(SectionPages.Strengths, areas[0].Strengths.Select(s => s.Value));
        Assert.Equal(SectionPages.Improvements, areas[0].Improvements.Select(s => s.Value));
        Assert.Equal(2, areas[0].Improvements[0].Source.Page);
        Assert.Empty(areas[1].Improvements);
    }

    private List<AreaExtraction> Run(DocumentLayout layout)
    {
        output.WriteLine(PartRunner.Describe(layout));
        var areas = PartRunner.Run(_sut, layout).Areas.ToList();
        foreach (var area in areas)
        {
            output.WriteLine($"{area.Number} {area.Name?.Value}: {string.Join(" | ", area.Strengths.Select(s => s.Value))} // {string.Join(" | ", area.Improvements.Select(s => s.Value))}");
        }

        return areas;
    }
}
