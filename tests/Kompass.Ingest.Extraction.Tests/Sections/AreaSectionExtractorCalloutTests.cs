using Kompass.Ingest.Extraction.Sections;
using Kompass.Ingest.Extraction.Tests.Summary;
using Kompass.Ingest.TestKit.Layout;
using Xunit.Abstractions;

namespace Kompass.Ingest.Extraction.Tests.Sections;

public sealed class AreaSectionExtractorCalloutTests(ITestOutputHelper output)
{
    private readonly AreaSectionExtractor _sut = new(PartRunner.Catalogs);

    [Fact]
    public void Extract_BoxedScoreBesideRubriker_ReadsScoreAndKeepsEverySubheading()
    {
        var layout = new LayoutBuilder().Page(p => p
            .Text("Område 2 Tillgänglighet och brukarorientering", 72, 750, size: 12, bold: true)
            .Text("Rubriker", 72, 734, size: 9, bold: true)
            .Text("Poäng", 427, 725, size: 9, bold: true)
            .Paragraph(["Strategi för brukarfokus", "Tillgänglighet samt bemötande", "Information om service samt tjänster", "Brukarundersökningar"], 72, 729, size: 9.5, leading: 1.25)
            .Text("74", 427, 695, size: 22, bold: true)
            .Text("ALLMÄNT", 72, 660, size: 9, bold: true)
            .Paragraph(["Med brukarorientering avses att kommunen har ett gemensamt förhållningssätt till sina", "brukare, exempelvis elever och äldre."], 72, 652, size: 9.5, leading: 1.25)
            .Text("STYRKOR", 72, 610, size: 9, bold: true)
            .Text("Tydliga brukarundersökningar inom hemtjänsten", 78, 596, size: 9.5)).Build();
        output.WriteLine(PartRunner.Describe(layout));

        var area = Assert.Single(PartRunner.Run(_sut, layout).Areas);

        Assert.Equal(2, area.Number);
        Assert.Equal(74m, area.SectionScore?.Value);
        Assert.Equal(["Strategi för brukarfokus", "Tillgänglighet samt bemötande", "Information om service samt tjänster", "Brukarundersökningar"],
            area.Subheadings.Select(s => s.Value));
        Assert.Equal(["Tydliga brukarundersökningar inom hemtjänsten"], area.Strengths.Select(s => s.Value));
    }
}
