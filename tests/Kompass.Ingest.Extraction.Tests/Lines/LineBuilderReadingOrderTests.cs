using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Extraction.Lines;
using Kompass.Ingest.TestKit.Layout;
using Xunit.Abstractions;

namespace Kompass.Ingest.Extraction.Tests.Lines;

public sealed class LineBuilderReadingOrderTests(ITestOutputHelper output)
{
    private static readonly string[] Left =
    [
        "Kommunen har en tydlig styrmodell som",
        "beskriver hur politiken och förvaltningen",
        "samverkar kring mål och uppföljning av",
        "verksamheten under hela året.",
    ];

    private static readonly string[] Right =
    [
        "Förbättringsområden finns inom dialogen",
        "med medborgarna där kommunen kan utveckla",
        "sina former för delaktighet och",
        "återkoppling.",
    ];

    private readonly LineBuilder _sut = new();

    [Fact]
    public void Build_TwoColumnsOfProse_ReadsTheLeftColumnBeforeTheRight()
    {
        var page = Page(p => p
            .Paragraph(Left, x: 72, top: 750)
            .Paragraph(Right, x: 310, top: 750));

        var lines = Build(page);

        Assert.Equal([.. Left, .. Right], lines.Select(l => l.Text));
        Assert.Equal(lines[0].Row, lines[4].Row); // rows stay the page's baseline bands
    }

    [Fact]
    public void Build_HeadingAboveAndFullWidthTextBelowColumns_StayInPlace()
    {
        var page = Page(p => p
            .Text("Område 2 Tillgänglighet och brukarorientering", 72, 780, size: 14, bold: true)
            .Paragraph(Left, x: 72, top: 760)
            .Paragraph(Right[..3], x: 310, top: 760)
            .Text("En rad över hela sidans bredd som avslutar de två spalterna och läses sist av allt.", 72, 680));

        var lines = Build(page);

        Assert.Equal(
            ["Område 2 Tillgänglighet och brukarorientering", .. Left, .. Right[..3], "En rad över hela sidans bredd som avslutar de två spalterna och läses sist av allt."],
            lines.Select(l => l.Text));
    }

    [Fact]
    public void Build_QuestionTable_IsReadRowByRow()
    {
        // The gaps between a table's cells are whitespace corridors too, but its number columns
        // are not prose: the table must not be read column by column.
        var page = Page(p =>
        {
            var baseline = 700.0;
            foreach (var (id, question) in new[] { ("1.1", "Finns en plan för demokratiarbetet?"), ("1.2", "Följs planen upp varje år av nämnden?"), ("1.3", "Redovisas resultaten öppet för invånarna?") })
            {
                p.Text($"{id} {question}", 72, baseline).Text("10", 400, baseline).Text("15", 450, baseline).Text("65 %", 500, baseline);
                baseline -= 14;
            }
        });

        var lines = Build(page);

        Assert.Equal(["1.1 Finns en plan för demokratiarbetet?", "10", "15", "65 %"], lines.Take(4).Select(l => l.Text));
    }

    [Fact]
    public void Build_TwoColumnTextTable_IsReadRowByRow()
    {
        // Short labels beside values that hold letters ("Ja", "Nej") are cells, not prose.
        var page = Page(p =>
        {
            var baseline = 700.0;
            foreach (var (label, value) in new[] { ("Kommun", "Ja"), ("Antal invånare", "Nej"), ("Utvärderingsår", "Ja"), ("Län", "Nej") })
            {
                p.Text(label, 72, baseline).Text(value, 300, baseline);
                baseline -= 14;
            }
        });

        var lines = Build(page);

        Assert.Equal(["Kommun", "Ja", "Antal invånare", "Nej"], lines.Take(4).Select(l => l.Text));
    }

    [Fact]
    public void Build_AxisTicksBesideProse_StayOutOfTheProseLines()
    {
        // A chart's axis "100 80 60 40" stacked half an em beside a paragraph, on the prose's rows.
        var page = Page(p =>
        {
            p.Paragraph(Left, x: 106, top: 750);
            var baseline = 750 - (0.7 * 11);
            foreach (var tick in new[] { "100", "80", "60", "40" })
            {
                p.Text(tick, 100 - PageBuilder.WidthOf(tick, 11), baseline);
                baseline -= 1.2 * 11;
            }
        });

        var lines = Build(page);

        Assert.Equal(["100", "80", "60", "40"], lines.Where(l => l.Box.Left < 104).Select(l => l.Text));
        Assert.Equal(Left, lines.Where(l => l.Box.Left >= 104).Select(l => l.Text));
    }

    [Fact]
    public void Build_NumberedListCloseToItsText_StaysOneLinePerItem()
    {
        // Area numbers 1, 2, 3 stacked before their names are an enumeration, not a chart axis.
        var page = Page(p => p
            .Text("1", 72, 700).Word("Offentlighet", new(83, 700, 149, 707.7))
            .Text("2", 72, 686).Word("Tillgänglighet", new(83, 686, 160, 693.7))
            .Text("3", 72, 672).Word("Delaktighet", new(83, 672, 143, 679.7)));

        var lines = Build(page);

        Assert.Equal(["1 Offentlighet", "2 Tillgänglighet", "3 Delaktighet"], lines.Select(l => l.Text));
    }

    private IReadOnlyList<TextLine> Build(PageLayout page)
    {
        var lines = _sut.Build(page);
        foreach (var line in lines)
        {
            output.WriteLine(line.ToString());
        }

        return lines;
    }

    private static PageLayout Page(Action<PageBuilder> build) => new LayoutBuilder().Page(build).Build().Pages[0];
}
