using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Sections;
using Kompass.Ingest.Extraction.Tests.Summary;
using Kompass.Ingest.TestKit.Layout;
using Xunit.Abstractions;

namespace Kompass.Ingest.Extraction.Tests.Sections;

public sealed class AreaSectionExtractorHeadingTests(ITestOutputHelper output)
{
    private readonly AreaSectionExtractor _sut = new(PartRunner.Catalogs);

    [Fact]
    public void Extract_OmradeNumberAndNameBoldAndLarger_ReadsNumberNameAndBody()
    {
        var layout = new LayoutBuilder().Page(p =>
        {
            p.Text("Område 3 Politisk styrning och kontroll", 72, 770, size: 14, bold: true);
            SectionPages.Body(p, 755);
        }).Build();

        AssertSection(layout, 3, "Politisk styrning och kontroll");
    }

    [Fact]
    public void Extract_NumberDotName_ReadsNumberAndName()
    {
        var layout = new LayoutBuilder().Page(p =>
        {
            p.Text("3. Politisk styrning och kontroll", 72, 770, size: 14, bold: true);
            SectionPages.Body(p, 755);
        }).Build();

        AssertSection(layout, 3, "Politisk styrning och kontroll");
    }

    [Fact]
    public void Extract_NumberWhosePointWasReadAsAComma_ReadsNumberAndName()
    {
        // OCR of a scan: "4." read as "4,"; the name is the catalog's, so the line is the heading.
        var layout = new LayoutBuilder().Page(p =>
        {
            p.Text("4, Ansvarsdelegering och organisation", 72, 770, size: 14, bold: true);
            SectionPages.Body(p, 755);
        }).Build();

        AssertSection(layout, 4, "Ansvarsdelegering och organisation");
    }

    [Fact]
    public void Extract_CapitalsWithDash_ReadsTheNameAsPrinted()
    {
        var layout = new LayoutBuilder().Page(p =>
        {
            p.Text("OMRÅDE 3 – POLITISK STYRNING OCH KONTROLL", 72, 770, size: 12, bold: true);
            SectionPages.Body(p, 755);
        }).Build();

        AssertSection(layout, 3, "POLITISK STYRNING OCH KONTROLL");
    }

    [Fact]
    public void Extract_NumberThenTabGapThenName_ReadsTheNameBesideTheNumber()
    {
        var layout = new LayoutBuilder().Page(p =>
        {
            p.Text("3", 72, 770, size: 14, bold: true).Text("Styrning och kontroll", 108, 770, size: 14, bold: true);
            SectionPages.Body(p, 755);
        }).Build();

        AssertSection(layout, 3, "Styrning och kontroll");
    }

    [Fact]
    public void Extract_NumberApartFromANameWrappedOverTwoLines_ReadsTheWholeName()
    {
        var layout = new LayoutBuilder().Page(p =>
        {
            p.Text("3", 72, 775, size: 14, bold: true).Text("Politisk styrning", 108, 775, size: 14, bold: true).Text("och kontroll", 108, 758, size: 14, bold: true);
            SectionPages.Body(p, 742);
        }).Build();

        AssertSection(layout, 3, "Politisk styrning och kontroll");
    }

    [Fact]
    public void Extract_ScoreOnTheHeadingRow_ReadsTheScoreAndKeepsItOutOfTheName()
    {
        var layout = new LayoutBuilder().Page(p =>
        {
            p.Text("Område 3 Politisk styrning och kontroll", 72, 770, size: 14, bold: true).Text("Poäng 71", 450, 770, size: 14, bold: true);
            var next = SectionPages.GeneralText(p, 755);
            next = SectionPages.Bullets(p, "STYRKOR", SectionPages.Strengths, next);
            SectionPages.Bullets(p, "FÖRBÄTTRINGSOMRÅDEN", SectionPages.Improvements, next);
        }).Build();

        AssertSection(layout, 3, "Politisk styrning och kontroll");
    }

    [Fact]
    public void Extract_OmradeWithColonAndNameOnNextLine_ReadsTheNameBelow()
    {
        var layout = new LayoutBuilder().Page(p =>
        {
            p.Text("Område 3:", 72, 775, size: 14, bold: true).Text("Politisk styrning och kontroll", 72, 757, size: 14, bold: true);
            SectionPages.Body(p, 742);
        }).Build();

        AssertSection(layout, 3, "Politisk styrning och kontroll");
    }

    [Fact]
    public void Extract_ContentsEntriesWithDotLeaders_AreNotSections()
    {
        var layout = new LayoutBuilder()
            .Page(p =>
            {
                p.Text("Innehåll", 72, 770, size: 16, bold: true);
                p.Text("Område 2 Tillgänglighet och brukarorientering ........................ 3", 72, 740, size: 12, bold: true);
                p.Text("Område 3 Politisk styrning och kontroll ................................ 4", 72, 722, size: 12, bold: true);
                p.Text("Poäng och sammanfattning ................................................ 5", 72, 704, size: 12, bold: true);
            })
            .Page(p =>
            {
                p.Text("Område 3 Politisk styrning och kontroll", 72, 770, size: 14, bold: true);
                SectionPages.Body(p, 755);
            }).Build();

        var area = AssertSection(layout, 3, "Politisk styrning och kontroll");
        Assert.Equal(2, area.Name!.Source.Page);
    }

    [Fact]
    public void Extract_ContentsEntriesWithPageNumbersApart_AreNotSections()
    {
        var layout = new LayoutBuilder()
            .Page(p =>
            {
                p.Text("Innehåll", 72, 770, size: 16, bold: true);
                string[] entries = ["Område 2 Tillgänglighet och brukarorientering", "Område 3 Politisk styrning och kontroll", "Område 4 Ledarskap, ansvar och delegation"];
                for (var i = 0; i < entries.Length; i++)
                {
                    p.Text(entries[i], 72, 740 - (i * 18), size: 12, bold: true).Text((i + 3).ToString(System.Globalization.CultureInfo.InvariantCulture), 500, 740 - (i * 18), size: 12, bold: true);
                }
            })
            .Page(p =>
            {
                p.Text("Område 3 Politisk styrning och kontroll", 72, 770, size: 14, bold: true);
                SectionPages.Body(p, 755);
            }).Build();

        var area = AssertSection(layout, 3, "Politisk styrning och kontroll");
        Assert.Equal(2, area.Name!.Source.Page);
    }

    private AreaExtraction AssertSection(DocumentLayout layout, int number, string name)
    {
        output.WriteLine(PartRunner.Describe(layout));
        var area = Assert.Single(PartRunner.Run(_sut, layout).Areas);
        Assert.Equal(number, area.Number);
        Assert.Equal(name, area.Name?.Value);
        Assert.Equal(71m, area.SectionScore?.Value);
        Assert.Equal(SectionPages.Strengths, area.Strengths.Select(s => s.Value));
        Assert.Equal(SectionPages.Improvements, area.Improvements.Select(s => s.Value));
        return area;
    }
}
