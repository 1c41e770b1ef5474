using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Sections;
using Kompass.Ingest.Extraction.Tests.Summary;
using Kompass.Ingest.TestKit.Layout;
using Xunit.Abstractions;

namespace Kompass.Ingest.Extraction.Tests.Sections;

public sealed class AreaSectionExtractorListTests(ITestOutputHelper output)
{
    private static readonly string[] Wrapped =
    [
        "Kommunen har en väl utvecklad modell för styrning och uppföljning som omfattar samtliga nämnder och de kommunala bolagen",
        "Tydlig internkontroll",
        "Fullmäktige får regelbundet rapporter om hur verksamheten utvecklas i förhållande till de mål som har beslutats och om hur ekonomin utvecklas under året, vilket ger goda förutsättningar för styrningen",
    ];

    private readonly AreaSectionExtractor _sut = new(PartRunner.Catalogs);

    [Theory]
    [InlineData("•")]
    [InlineData("–")]
    [InlineData("-")]
    [InlineData("→")]
    [InlineData("✓")]
    [InlineData("▪")]
    public void Extract_ItemsBehindBulletSymbols_SplitsOneItemPerSymbol(string bullet)
    {
        var layout = Section(p =>
        {
            var next = SectionPages.Bullets(p, "STYRKOR", SectionPages.Strengths, 640, bullet);
            SectionPages.Bullets(p, "FÖRBÄTTRINGSOMRÅDEN", SectionPages.Improvements, next, bullet);
        });

        var area = Run(layout);

        Assert.Equal(SectionPages.Strengths, area.Strengths.Select(s => s.Value));
        Assert.Equal(SectionPages.Improvements, area.Improvements.Select(s => s.Value));
    }

    [Theory]
    [InlineData("1)", "2)", "3)")]
    [InlineData("1.", "2.", "3.")]
    [InlineData("a.", "b.", "c.")]
    [InlineData("a)", "b)", "c)")]
    [InlineData("(1)", "(2)", "(3)")]
    public void Extract_NumberedItems_SplitsOneItemPerEnumeratorAndDropsIt(string first, string second, string third)
    {
        string[] items = ["Tydlig styrmodell med mål i flera nivåer", "Väl fungerande internkontroll", "Regelbunden återrapportering"];
        var layout = Section(p =>
        {
            p.Text("STYRKOR", 72, 633, size: 9, bold: true);
            string[] markers = [first, second, third];
            for (var i = 0; i < items.Length; i++)
            {
                p.Text(markers[i], 72, 621 - (i * SectionPages.Pitch), size: 10).Text(items[i], 90, 621 - (i * SectionPages.Pitch), size: 10);
            }
        });

        var area = Run(layout);

        Assert.Equal(items, area.Strengths.Select(s => s.Value));
    }

    [Theory]
    [InlineData("•", "•", "•")]
    [InlineData("1)", "2)", "3)")]
    public void Extract_MarkersSetApartByATabAndTextWrappingUnderTheText_JoinsEachItem(string first, string second, string third)
    {
        var layout = Section(p =>
        {
            p.Text("STYRKOR", 72, 633, size: 9, bold: true);
            var baseline = 621.0;
            string[] markers = [first, second, third];
            for (var i = 0; i < Wrapped.Length; i++)
            {
                var lines = Wrap([Wrapped[i]], string.Empty, hangAt: 90);
                p.Text(markers[i], 72, baseline, size: 10);
                foreach (var (_, text) in lines)
                {
                    p.Text(text, 90, baseline, size: 10);
                    baseline -= SectionPages.Pitch;
                }
            }
        });

        var area = Run(layout);

        Assert.Equal(Wrapped, area.Strengths.Select(s => s.Value));
    }

    [Fact]
    public void Extract_ContinuationAtTheHangingIndentSunkBelowTheListsSpacing_StaysWithItsItem()
    {
        // A scan: a speck under a wrapped line's last word lowered its box, so the line stands a
        // little further below the item than the list's spacing; it still hangs under the text.
        var layout = Section(p =>
        {
            p.Text("STYRKOR", 72, 633, size: 9, bold: true);
            var baseline = 621.0;
            foreach (var item in Wrapped)
            {
                var lines = Wrap([item], string.Empty, hangAt: 90);
                p.Text("•", 72, baseline, size: 10);
                for (var i = 0; i < lines.Count; i++)
                {
                    var sunk = i == 1 ? 1.5 : 0;
                    p.Text(lines[i].Text, 90, baseline - sunk, size: 10);
                    baseline -= SectionPages.Pitch;
                }
            }
        });

        var area = Run(layout);

        Assert.Equal(Wrapped, area.Strengths.Select(s => s.Value));
    }

    [Fact]
    public void Extract_BareItemsOnePerLine_ReadsEachLineAsAnItem()
    {
        string[] items = ["Tydlig styrmodell med mål i flera nivåer", "Väl fungerande internkontroll", "Regelbunden återrapportering till fullmäktige", "Aktiv revision"];
        var layout = Section(p =>
        {
            p.Text("STYRKOR", 72, 633, size: 9, bold: true);
            p.Paragraph(items, 72, 628, size: 10, leading: 1.25);
        });

        var area = Run(layout);

        Assert.Equal(items, area.Strengths.Select(s => s.Value));
    }

    [Fact]
    public void Extract_BulletedItemsWrappingUnderTheText_JoinsTheContinuationLines()
    {
        var layout = Section(p => WriteLines(p, "STYRKOR", 640, Wrap(Wrapped, "• ", hangAt: 79.5)));

        var area = Run(layout);

        Assert.Equal(Wrapped, area.Strengths.Select(s => s.Value));
    }

    [Fact]
    public void Extract_BulletedItemsWrappingUnderTheBullet_JoinsTheContinuationLines()
    {
        var layout = Section(p => WriteLines(p, "STYRKOR", 640, Wrap(Wrapped, "• ", hangAt: 72)));

        var area = Run(layout);

        Assert.Equal(Wrapped, area.Strengths.Select(s => s.Value));
    }

    [Fact]
    public void Extract_BareItemsWithAHangingIndent_StartsAnItemAtEachLineOnTheEdge()
    {
        var layout = Section(p => WriteLines(p, "STYRKOR", 640, Wrap(Wrapped, string.Empty, hangAt: 84)));

        var area = Run(layout);

        Assert.Equal(Wrapped, area.Strengths.Select(s => s.Value));
    }

    [Fact]
    public void Extract_BareItemsWrappingFlush_StartsAnItemAfterEachShortLine()
    {
        var layout = Section(p => WriteLines(p, "STYRKOR", 640, Wrap(Wrapped, string.Empty, hangAt: 72)));

        var area = Run(layout);

        Assert.Equal(Wrapped, area.Strengths.Select(s => s.Value));
    }

    [Fact]
    public void Extract_WordHyphenatedAtALineBreak_IsMendedButACompoundHyphenIsKept()
    {
        var layout = Section(p => WriteLines(p, "STYRKOR", 640,
        [
            (72, "• Kommunen arbetar aktivt och långsiktigt med en strategisk och samordnad kompetens-"),
            (79.5, "försörjning inom samtliga förvaltningar"),
            (72, "• Kommunen har under de senaste åren infört en sammanhållen och tydlig modell för mål-"),
            (79.5, "och resultatstyrning"),
        ]));

        var area = Run(layout);

        Assert.Equal(
            [
                "Kommunen arbetar aktivt och långsiktigt med en strategisk och samordnad kompetensförsörjning inom samtliga förvaltningar",
                "Kommunen har under de senaste åren infört en sammanhållen och tydlig modell för mål- och resultatstyrning",
            ],
            area.Strengths.Select(s => s.Value));
    }

    [Theory]
    [InlineData("STYRKOR", "FÖRBÄTTRINGSOMRÅDEN", 9, true)]
    [InlineData("Styrkor", "Förbättringsområden", 10, true)]
    [InlineData("Styrkor:", "Förbättringsområden:", 10, true)]
    [InlineData("Styrkor", "Utvecklingsområden", 12, false)]
    public void Extract_LabelsInAnyCase_OpenTheirBlocks(string strengths, string improvements, double size, bool bold)
    {
        var layout = Section(p =>
        {
            p.Text(strengths, 72, 633, size: size, bold: bold);
            p.Paragraph(SectionPages.Strengths.Select(s => "• " + s), 72, 626, size: 10, leading: 1.25);
            p.Text(improvements, 72, 585, size: size, bold: bold);
            p.Paragraph(SectionPages.Improvements.Select(s => "• " + s), 72, 578, size: 10, leading: 1.25);
        });

        var area = Run(layout);

        Assert.Equal(SectionPages.Strengths, area.Strengths.Select(s => s.Value));
        Assert.Equal(SectionPages.Improvements, area.Improvements.Select(s => s.Value));
    }

    [Theory]
    [InlineData("STYRKOR – utvärderarna vill särskilt lyfta fram följande:", "FÖRBÄTTRINGSOMRÅDEN – här ser utvärderarna utrymme för utveckling:")]
    [InlineData("Styrkor: följande lyfts fram:", "Förbättringsområden - att arbeta vidare med:")]
    public void Extract_LabelWithAnIntroductionEndingInAColon_KeepsTheIntroductionOutOfTheItems(string strengths, string improvements)
    {
        var layout = Section(p =>
        {
            p.Text(strengths, 72, 633, size: 10, bold: true);
            p.Paragraph(SectionPages.Strengths.Select(s => "• " + s), 72, 626, size: 10, leading: 1.25);
            p.Text(improvements, 72, 585, size: 10, bold: true);
            p.Paragraph(SectionPages.Improvements.Select(s => "• " + s), 72, 578, size: 10, leading: 1.25);
        });

        var area = Run(layout);

        Assert.Equal(SectionPages.Strengths, area.Strengths.Select(s => s.Value));
        Assert.Equal(SectionPages.Improvements, area.Improvements.Select(s => s.Value));
    }

    [Fact]
    public void Extract_RunInBoldLabelFollowedByItems_TakesTheTextAfterTheLabelAsTheFirstItem()
    {
        var layout = Section(p =>
        {
            p.Text("Styrkor:", 72, 633, size: 10, bold: true).Text(SectionPages.Strengths[0], 72 + PageBuilder.WidthOf("Styrkor: ", 10) + 2.5, 633, size: 10);
            p.Text(SectionPages.Strengths[1], 72, 633 - SectionPages.Pitch, size: 10);
            p.Text("Regelbunden återrapportering", 72, 633 - (2 * SectionPages.Pitch), size: 10);
            p.Text("Förbättringsområden:", 72, 590, size: 10, bold: true).Text(SectionPages.Improvements[0], 72 + PageBuilder.WidthOf("Förbättringsområden: ", 10) + 2.5, 590, size: 10);
            p.Text(SectionPages.Improvements[1], 72, 590 - SectionPages.Pitch, size: 10);
        });

        var area = Run(layout);

        Assert.Equal([.. SectionPages.Strengths, "Regelbunden återrapportering"], area.Strengths.Select(s => s.Value));
        Assert.Equal(SectionPages.Improvements, area.Improvements.Select(s => s.Value));
    }

    [Fact]
    public void Extract_StrengthsAndImprovementsInTwoColumns_ReadsEachColumnAsItsListUpToTheFullWidthText()
    {
        var layout = Section(p =>
        {
            p.Text("STYRKOR", 72, 633, size: 9, bold: true).Text("FÖRBÄTTRINGSOMRÅDEN", 310, 633, size: 9, bold: true);
            WriteColumn(p, 72, 621, ["• Tydlig styrmodell med mål i flera", "nivåer", "• Väl fungerande internkontroll", "• Fullmäktige får regelbundet", "rapporter om måluppfyllelsen"]);
            WriteColumn(p, 310, 621, ["• Uppföljning av nämndernas mål", "• Återrapportering till fullmäktige", "om de kommunala bolagen"]);
            p.Paragraph(SectionPages.General, 72, 550, size: 10, leading: 1.25);
        });

        var area = Run(layout);

        Assert.Equal(["Tydlig styrmodell med mål i flera nivåer", "Väl fungerande internkontroll", "Fullmäktige får regelbundet rapporter om måluppfyllelsen"],
            area.Strengths.Select(s => s.Value));
        Assert.Equal(["Uppföljning av nämndernas mål", "Återrapportering till fullmäktige om de kommunala bolagen"], area.Improvements.Select(s => s.Value));
    }

    [Fact]
    public void Extract_ParagraphAfterABulletedListAtItsEdge_IsNotJoinedToTheLastItem()
    {
        var layout = Section(p =>
        {
            var next = SectionPages.Bullets(p, "FÖRBÄTTRINGSOMRÅDEN", SectionPages.Improvements, 640);
            p.Paragraph(SectionPages.General, 72, next + 3, size: 10, leading: 1.25);
        });

        var area = Run(layout);

        Assert.Equal(SectionPages.Improvements, area.Improvements.Select(s => s.Value));
    }

    [Fact]
    public void Extract_BareItemsInTwoColumns_ReadsEachLineOfEachColumnAsAnItem()
    {
        string[] strengths = ["Tydlig styrmodell", "Väl fungerande internkontroll", "Aktiv revision"];
        string[] improvements = ["Uppföljning av nämndernas mål", "Återrapportering till fullmäktige", "Styrning av bolagen", "Samordnad internkontroll"];
        var layout = Section(p =>
        {
            p.Text("Styrkor", 72, 633, size: 10, bold: true).Text("Förbättringsområden", 310, 633, size: 10, bold: true);
            p.Paragraph(strengths, 72, 628, size: 10, leading: 1.25).Paragraph(improvements, 310, 628, size: 10, leading: 1.25);
        });

        var area = Run(layout);

        Assert.Equal(strengths, area.Strengths.Select(s => s.Value));
        Assert.Equal(improvements, area.Improvements.Select(s => s.Value));
    }

    [Fact]
    public void Extract_WordsBrokenAtLineEndsInAListWithoutMarkers_AreMendedWhereTheyAreNotCompounds()
    {
        var layout = Section(p => WriteLines(p, "STYRKOR", 640,
        [
            (72, "Kommunen arbetar aktivt och långsiktigt med en strategisk och samordnad kompetens-"),
            (72, "försörjning inom samtliga förvaltningar"),
            (72, "Samtliga nämnder använder kommunens gemensamma system för mål- och resultat-"),
            (72, "styrning och för e-"),
            (72, "tjänster"),
        ]));

        var area = Run(layout);

        Assert.Equal(
            [
                "Kommunen arbetar aktivt och långsiktigt med en strategisk och samordnad kompetensförsörjning inom samtliga förvaltningar",
                "Samtliga nämnder använder kommunens gemensamma system för mål- och resultatstyrning och för e-tjänster",
            ],
            area.Strengths.Select(s => s.Value));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Extract_ListContinuedOverAPageWithHeaderAndFooter_LeavesThePageFurnitureOut(bool wrapOverTheBreak)
    {
        var layout = new LayoutBuilder()
            .Page(p =>
            {
                Furniture(p, 1);
                p.Text("Område 3 Politisk styrning och kontroll", 72, 770, size: 14, bold: true);
                var next = SectionPages.GeneralText(p, 755);
                p.Text("Poäng 71", 72, next - 8, size: 10, bold: true);
                p.Paragraph(SectionPages.General.Concat(SectionPages.General).Concat(SectionPages.General), 72, next - 20, size: 10, leading: 1.25);
                p.Text("STYRKOR", 72, 110, size: 9, bold: true);
                p.Text("• Tydlig styrmodell med mål i flera nivåer", 72, 98, size: 10);
                p.Text(wrapOverTheBreak ? "• Fullmäktige får regelbundet rapporter om hur verksamheten utvecklas i förhållande" : "• Väl fungerande internkontroll", 72, 85.5, size: 10);
            })
            .Page(p =>
            {
                Furniture(p, 2);
                var baseline = 770.0;
                if (wrapOverTheBreak)
                {
                    p.Text("till de mål som har beslutats", 79.5, baseline, size: 10);
                    baseline -= SectionPages.Pitch;
                }

                p.Text("• Regelbunden återrapportering", 72, baseline, size: 10);
                SectionPages.Bullets(p, "FÖRBÄTTRINGSOMRÅDEN", SectionPages.Improvements, baseline - 15);
                p.Paragraph(SectionPages.General, 72, baseline - 60, size: 10, leading: 1.25);
            })
            .Page(p =>
            {
                Furniture(p, 3);
                p.Paragraph(SectionPages.General, 72, 780, size: 10, leading: 1.25);
            }).Build();

        var area = Run(layout);

        var second = wrapOverTheBreak ? "Fullmäktige får regelbundet rapporter om hur verksamheten utvecklas i förhållande till de mål som har beslutats" : "Väl fungerande internkontroll";
        Assert.Equal(["Tydlig styrmodell med mål i flera nivåer", second, "Regelbunden återrapportering"], area.Strengths.Select(s => s.Value));
        Assert.Equal(SectionPages.Improvements, area.Improvements.Select(s => s.Value));
    }

    [Fact]
    public void Extract_ListContinuedUnderARunningHeaderInTheBodyFont_LeavesTheHeaderOut()
    {
        static void Header(PageBuilder p, int page)
        {
            p.Text("Politisk styrning och kontroll", 72, 806, size: 10, bold: true);
            p.Text(page.ToString(System.Globalization.CultureInfo.InvariantCulture), 515, 806, size: 10, bold: true);
        }

        var layout = new LayoutBuilder()
            .Page(p =>
            {
                Header(p, 1);
                p.Paragraph(SectionPages.General, 72, 780, size: 10, leading: 1.25);
            })
            .Page(p =>
            {
                Header(p, 2);
                p.Text("Område 3 Politisk styrning och kontroll", 72, 770, size: 14, bold: true);
                var next = SectionPages.GeneralText(p, 755);
                p.Text("Poäng 71", 72, next - 8, size: 10, bold: true);
                p.Paragraph(SectionPages.General.Concat(SectionPages.General).Concat(SectionPages.General), 72, next - 20, size: 10, leading: 1.25);
                p.Text("STYRKOR", 72, 110, size: 9, bold: true);
                p.Text("• Tydlig styrmodell med mål i flera nivåer", 72, 98, size: 10);
                p.Text("• Väl fungerande internkontroll", 72, 85.5, size: 10);
            })
            .Page(p =>
            {
                Header(p, 3);
                p.Text("• Regelbunden återrapportering", 72, 780, size: 10);
                SectionPages.Bullets(p, "FÖRBÄTTRINGSOMRÅDEN", SectionPages.Improvements, 765);
                p.Paragraph(SectionPages.General, 72, 700, size: 10, leading: 1.25);
            })
            .Page(p =>
            {
                Header(p, 4);
                p.Paragraph(SectionPages.General, 72, 780, size: 10, leading: 1.25);
            }).Build();

        var area = Run(layout);

        Assert.Equal([.. SectionPages.Strengths[..1], "Väl fungerande internkontroll", "Regelbunden återrapportering"], area.Strengths.Select(s => s.Value));
        Assert.Equal(SectionPages.Improvements, area.Improvements.Select(s => s.Value));
    }

    private static void Furniture(PageBuilder p, int page)
    {
        p.Text("KommunKompassen – utvärdering av Vallentuna kommun 2017", 72, 806, size: 8);
        p.Text(page.ToString(System.Globalization.CultureInfo.InvariantCulture), 515, 36, size: 8);
    }

    // The section heading, the general text and the score, then what `lists` writes from 640 down.
    private static DocumentLayout Section(Action<PageBuilder> lists)
        => new LayoutBuilder().Page(p =>
        {
            p.Text("Område 3 Politisk styrning och kontroll", 72, 770, size: 14, bold: true);
            var next = SectionPages.GeneralText(p, 755);
            p.Text("Poäng 71", 72, next - 8, size: 10, bold: true);
            lists(p);
        }).Build();

    // Each item over as many lines as it takes at 10 pt within the text block (ending before 505),
    // its first line from 72 behind `marker`, the following ones from `hangAt`.
    private static List<(double X, string Text)> Wrap(IEnumerable<string> items, string marker, double hangAt)
    {
        var lines = new List<(double, string)>();
        foreach (var item in items)
        {
            var line = marker;
            var x = 72.0;
            foreach (var word in item.Split(' '))
            {
                var candidate = line.Length == 0 || line == marker ? line + word : line + " " + word;
                if (x + PageBuilder.WidthOf(candidate, 10) > 505 && line.Length > marker.Length)
                {
                    lines.Add((x, line));
                    (line, x) = (word, hangAt);
                    continue;
                }

                line = candidate;
            }

            lines.Add((x, line));
        }

        return lines;
    }

    private static void WriteLines(PageBuilder p, string label, double top, IReadOnlyList<(double X, string Text)> lines)
    {
        p.Text(label, 72, top - 7, size: 9, bold: true);
        for (var i = 0; i < lines.Count; i++)
        {
            p.Text(lines[i].Text, lines[i].X, top - 19 - (i * SectionPages.Pitch), size: 10);
        }
    }

    // A column of bulleted lines: a line without a bullet continues under the text.
    private static void WriteColumn(PageBuilder p, double x, double baseline, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            p.Text(line, line.StartsWith('•') ? x : x + 7.5, baseline, size: 10);
            baseline -= SectionPages.Pitch;
        }
    }

    private AreaExtraction Run(DocumentLayout layout)
    {
        output.WriteLine(PartRunner.Describe(layout));
        var area = Assert.Single(PartRunner.Run(_sut, layout).Areas);
        output.WriteLine(string.Join('\n', area.Strengths.Select(s => "styrka: " + s.Value).Concat(area.Improvements.Select(s => "förbättring: " + s.Value))));
        return area;
    }
}
