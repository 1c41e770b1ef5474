using Kompass.Ingest.Extraction.Sections;
using Kompass.Ingest.Extraction.Tests.Summary;
using Kompass.Ingest.TestKit.Layout;
using Xunit.Abstractions;

namespace Kompass.Ingest.Extraction.Tests.Sections;

public sealed class AreaSectionExtractorScoreTests(ITestOutputHelper output)
{
    private static readonly string[] Subheadings = ["Mål och resultatstyrning", "Uppföljning och rapportering", "Internkontroll", "Revision"];

    private readonly AreaSectionExtractor _sut = new(PartRunner.Catalogs);

    [Theory]
    [InlineData("Poäng 71")]
    [InlineData("Poäng: 71 av 100")]
    [InlineData("POÄNG 71")]
    [InlineData("71 poäng")]
    public void Extract_ScoreOnOneLineUnderTheGeneralText_ReadsTheScore(string printed)
    {
        var layout = new LayoutBuilder().Page(p =>
        {
            p.Text("Område 3 Politisk styrning och kontroll", 72, 770, size: 14, bold: true);
            var next = SectionPages.GeneralText(p, 755);
            p.Text(printed, 72, next - 8, size: 10, bold: true);
            SectionPages.Bullets(p, "STYRKOR", SectionPages.Strengths, next - 20);
        }).Build();

        var area = Single(PartRunner.Run(_sut, layout).Areas);

        Assert.Equal(71m, area.SectionScore?.Value);
        Assert.Equal(1, area.SectionScore!.Source.Page);
        Assert.Equal(SectionPages.Strengths, area.Strengths.Select(s => s.Value));
    }

    [Fact]
    public void Extract_NumbersWithUnitInATableRow_AreNotTheSectionScore()
    {
        var layout = new LayoutBuilder().Page(p =>
        {
            p.Text("Område 3 Politisk styrning och kontroll", 72, 770, size: 14, bold: true);
            p.Text("12 poäng", 72, 748, size: 10).Text("8 poäng", 300, 748, size: 10);
            var next = SectionPages.GeneralText(p, 735);
            p.Text("Poäng 71", 72, next - 8, size: 10, bold: true);
            SectionPages.Bullets(p, "STYRKOR", SectionPages.Strengths, next - 20);
        }).Build();

        var area = Single(PartRunner.Run(_sut, layout).Areas);

        Assert.Equal(71m, area.SectionScore?.Value);
    }

    [Fact]
    public void Extract_BoxedCalloutBesideTheGeneralText_ReadsTheScoreAndKeepsTheTextOut()
    {
        var layout = new LayoutBuilder().Page(p =>
        {
            p.Text("Område 3 Politisk styrning och kontroll", 72, 770, size: 14, bold: true);
            p.Text("ALLMÄNT", 72, 748, size: 9, bold: true);
            p.Paragraph(
                [
                    "Med politisk styrning avses hur fullmäktige och nämnderna",
                    "formulerar mål för verksamheten och hur de följer upp att",
                    "målen nås. Kommunen har en tydlig struktur för styrning men",
                    "uppföljningen sker inte alltid systematiskt i alla delar.",
                ],
                72, 740, size: 10, leading: 1.25);
            p.Rule(430, 745, 520, 745).Rule(430, 690, 520, 690).Rule(430, 690, 430, 745).Rule(520, 690, 520, 745);
            p.Text("POÄNG", 440, 732, size: 9, bold: true).Text("71", 440, 700, size: 24, bold: true);
            SectionPages.Bullets(p, "STYRKOR", SectionPages.Strengths, 680);
        }).Build();

        var area = Single(PartRunner.Run(_sut, layout).Areas);

        Assert.Equal(71m, area.SectionScore?.Value);
        Assert.Equal(SectionPages.Strengths, area.Strengths.Select(s => s.Value));
    }

    [Fact]
    public void Extract_BoxedCalloutBesideTheStrengths_ReadsTheScoreAndKeepsTheItemsWhole()
    {
        var layout = new LayoutBuilder().Page(p =>
        {
            p.Text("Område 3 Politisk styrning och kontroll", 72, 770, size: 14, bold: true);
            var next = SectionPages.GeneralText(p, 755);
            SectionPages.Bullets(p, "STYRKOR", [.. SectionPages.Strengths, "Regelbunden återrapportering"], next);
            p.Rule(430, next, 520, next).Rule(430, next - 55, 520, next - 55).Rule(430, next - 55, 430, next).Rule(520, next - 55, 520, next);
            p.Text("POÄNG", 440, next - 13, size: 9, bold: true).Text("71", 440, next - 45, size: 24, bold: true);
        }).Build();

        var area = Single(PartRunner.Run(_sut, layout).Areas);

        Assert.Equal(71m, area.SectionScore?.Value);
        Assert.Equal([.. SectionPages.Strengths, "Regelbunden återrapportering"], area.Strengths.Select(s => s.Value));
    }

    [Fact]
    public void Extract_RubrikerOnePerLine_KeepsEverySubheadingInPrintedOrder()
    {
        var layout = new LayoutBuilder().Page(p =>
        {
            p.Text("Område 3 Politisk styrning och kontroll", 72, 770, size: 14, bold: true);
            p.Text("Rubriker", 72, 748, size: 9, bold: true);
            p.Paragraph(Subheadings, 72, 740, size: 10, leading: 1.25);
            var next = SectionPages.GeneralText(p, 680);
            p.Text("Poäng 71", 72, next - 8, size: 10, bold: true);
            SectionPages.Bullets(p, "STYRKOR", SectionPages.Strengths, next - 20);
        }).Build();

        var area = Single(PartRunner.Run(_sut, layout).Areas);

        Assert.Equal(Subheadings, area.Subheadings.Select(s => s.Value));
        Assert.Equal(71m, area.SectionScore?.Value);
        Assert.Equal(SectionPages.Strengths, area.Strengths.Select(s => s.Value));
    }

    [Fact]
    public void Extract_RubrikerFollowedDirectlyByRunningText_EndsTheSubheadingsAtTheParagraph()
    {
        var layout = new LayoutBuilder().Page(p =>
        {
            p.Text("Område 3 Politisk styrning och kontroll", 72, 770, size: 14, bold: true);
            p.Text("Rubriker", 72, 748, size: 9, bold: true);
            p.Paragraph(Subheadings, 72, 740, size: 10, leading: 1.25);
            p.Paragraph(SectionPages.General, 72, 740 - (Subheadings.Length * 12.5) - 8, size: 10, leading: 1.25);
            SectionPages.Bullets(p, "STYRKOR", SectionPages.Strengths, 600);
        }).Build();

        var area = Single(PartRunner.Run(_sut, layout).Areas);

        Assert.Equal(Subheadings, area.Subheadings.Select(s => s.Value));
    }

    private Domain.Reports.AreaExtraction Single(IReadOnlyList<Domain.Reports.AreaExtraction> areas)
    {
        var area = Assert.Single(areas);
        output.WriteLine(string.Join('\n', area.Subheadings.Select(s => "rubrik: " + s.Value)));
        return area;
    }
}
