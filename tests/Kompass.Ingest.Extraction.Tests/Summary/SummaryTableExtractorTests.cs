using System.Globalization;
using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Summary;
using Kompass.Ingest.TestKit.Layout;
using Xunit.Abstractions;

namespace Kompass.Ingest.Extraction.Tests.Summary;

public sealed class SummaryTableExtractorTests(ITestOutputHelper output)
{
    private static readonly string[] Names =
    [
        "Offentlighet och demokrati", "Tillgänglighet och brukarorientering", "Politisk styrning och kontroll",
        "Ledarskap, ansvar och delegation", "Resultat och effektivitet", "Kommunen som arbetsgivare",
        "Verksamhetsutveckling", "Kommunen som samhällsbyggare",
    ];

    private static readonly int[] Scores = [71, 64, 58, 49, 66, 70, 52, 61];
    private static readonly int[] Means = [55, 60, 57, 50, 59, 62, 48, 58];
    private static readonly int[] Highest = [84, 79, 77, 68, 80, 85, 74, 79];

    private readonly SummaryTableExtractor _sut = new(PartRunner.Catalogs);

    [Fact]
    public void Extract_RowsWithScoreAndMeanColumns_ReadsEveryAreaAndTheTotal()
    {
        var layout = new LayoutBuilder().Page(p =>
        {
            p.Text("Tabell 1 Resultat per område", 72, 720, size: 12, bold: true)
                .Text("Vallentuna 2017", 330, 690, size: 10).Text("Medelvärde", 430, 690, size: 10);
            for (var i = 0; i < 8; i++)
            {
                Row(p, $"{i + 1}. {Names[i]}", 660 - (i * 16), Scores[i], Means[i]);
            }

            Row(p, "TOTALT", 660 - (8 * 16), Scores.Sum(), Means.Sum());
        }).Build();

        var result = Run(layout);

        AssertAreas(result, layout);
        Assert.Equal(Scores.Sum(), result.Total?.Value);
        Assert.Equal(Means.Sum(), result.NationalMeanTotal?.Value);
        Assert.Equal(1, result.Areas[0].SummaryScore!.Source.Page);
    }

    [Fact]
    public void Extract_ExtraDifferenceColumnAndMeanFirst_TakesTheColumnsByTheirHeadings()
    {
        var layout = new LayoutBuilder().Page(p =>
        {
            p.Text("Riksgenomsnitt", 280, 690, size: 10).Text("Poäng", 380, 690, size: 10).Text("Skillnad", 460, 690, size: 10);
            for (var i = 0; i < 8; i++)
            {
                var baseline = 660 - (i * 16);
                p.Text($"Område {i + 1} {Names[i]}", 72, baseline, size: 10);
                Number(p, Means[i], 320, baseline);
                Number(p, Scores[i], 410, baseline);
                Number(p, Scores[i] - Means[i], 500, baseline, signed: true);
            }
        }).Build();

        var result = Run(layout);

        AssertAreas(result, layout);
    }

    [Fact]
    public void Extract_AreasAsColumns_ReadsTheTransposedTable()
    {
        // A landscape slide: one narrow column per area, its name wrapped over lines; one row for
        // the municipality and one for the national mean; the total in the last column.
        const double width = 842;
        var layout = new LayoutBuilder().Page(
            p =>
            {
                p.Text("Resultat per område", 60, 540, size: 20, bold: true);
                var columnWidth = 88.0;
                for (var i = 0; i <= 8; i++)
                {
                    var x = 100 + (i * columnWidth);
                    var words = i < 8 ? WrapNarrow($"{i + 1}. {Names[i]}") : ["Totalt"];
                    for (var line = 0; line < words.Count; line++)
                    {
                        p.Text(words[line], x, 438 - (line * 9), size: 7, bold: true);
                    }
                }

                p.Text("Sala 2019", 60, 400, size: 10).Text("Riket", 60, 380, size: 10);
                for (var i = 0; i <= 8; i++)
                {
                    var x = 100 + (i * columnWidth);
                    Number(p, i < 8 ? Scores[i] : Scores.Sum(), x + 30, 400);
                    Number(p, i < 8 ? Means[i] : Means.Sum(), x + 30, 380);
                }
            },
            width: width,
            height: 595).Build();

        var result = Run(layout);

        AssertAreas(result, layout);
        Assert.Equal(Scores.Sum(), result.Total?.Value);
        Assert.Equal(Means.Sum(), result.NationalMeanTotal?.Value);
    }

    [Fact]
    public void Extract_AreasAsNumberedColumnsWithALegend_ReadsTheAreasByTheirNumbers()
    {
        var layout = new LayoutBuilder().Page(
            p =>
            {
                p.Text("Poäng per område", 60, 540, size: 20, bold: true);
                for (var i = 0; i <= 8; i++)
                {
                    var x = 160 + (i * 60);
                    p.Text(i < 8 ? (i + 1).ToString(CultureInfo.InvariantCulture) : "Totalt", x, 440, size: 10, bold: true);
                    Number(p, i < 8 ? Scores[i] : Scores.Sum(), x + 20, 420);
                    Number(p, i < 8 ? Means[i] : Means.Sum(), x + 20, 400);
                }

                p.Text("Falun 2019", 60, 420, size: 10).Text("Sverigesnitt", 60, 400, size: 10);
                for (var i = 0; i < 8; i++)
                {
                    p.Text($"{i + 1} {Names[i]}", 60 + (i / 4 * 330), 340 - (i % 4 * 14), size: 9);
                }
            },
            width: 842,
            height: 595).Build();

        var result = Run(layout);

        AssertAreas(result, layout);
        Assert.Equal(Scores.Sum(), result.Total?.Value);
        Assert.All(result.Areas, a => Assert.Null(a.Name));
    }

    [Fact]
    public void Extract_NumberColumnBeforeTheNameAndSignedDifferences_ReadsScoreAndMean()
    {
        var layout = new LayoutBuilder().Page(p =>
        {
            p.Text("Nr", 72, 690, size: 10).Text("Område", 100, 690, size: 10).Text("Poäng", 330, 690, size: 10)
                .Text("Riksgenomsnitt", 380, 690, size: 10).Text("Skillnad", 470, 690, size: 10);
            for (var i = 0; i < 8; i++)
            {
                var baseline = 660 - (i * 18);
                var difference = Scores[i] - Means[i];
                p.Text((i + 1).ToString(CultureInfo.InvariantCulture), 72, baseline, size: 10).Text(Names[i], 100, baseline, size: 10);
                Number(p, Scores[i], 360, baseline);
                Number(p, Means[i], 440, baseline);
                var signed = (difference < 0 ? "\u2212" : "+") + Math.Abs(difference).ToString(CultureInfo.InvariantCulture);
                p.Text(signed, 510 - PageBuilder.WidthOf(signed, 10), baseline, size: 10);
            }

            p.Text("Totalt", 100, 660 - (8 * 18), size: 10, bold: true);
            Number(p, Scores.Sum(), 360, 660 - (8 * 18));
            Number(p, Means.Sum(), 440, 660 - (8 * 18));
        }).Build();

        var result = Run(layout);

        AssertAreas(result, layout);
        Assert.Equal(Scores.Sum(), result.Total?.Value);
        Assert.Equal(Means.Sum(), result.NationalMeanTotal?.Value);
    }

    [Fact]
    public void Extract_ChartAxisBesideTheTable_DoesNotBecomeAColumn()
    {
        var layout = new LayoutBuilder().Page(p =>
        {
            p.Text("Kommunen", 330, 690, size: 10).Text("Snitt", 400, 690, size: 10);
            for (var i = 0; i < 8; i++)
            {
                Row(p, $"{i + 1}. {Names[i]}", 660 - (i * 16), Scores[i], Means[i]);
            }

            // The y axis of a bar chart to the right: ticks 100 … 0 spaced apart from the rows.
            for (var tick = 0; tick <= 5; tick++)
            {
                Number(p, 100 - (tick * 20), 500, 660 - (tick * 22));
            }
        }).Build();

        var result = Run(layout);

        AssertAreas(result, layout);
    }

    [Theory]
    [InlineData("leaders")]
    [InlineData("capitals")]
    [InlineData("units")]
    [InlineData("area-prefix")]
    public void Extract_LabelAndNumberStyles_ReadEveryArea(string style)
    {
        var layout = new LayoutBuilder().Page(p =>
        {
            p.Text("Kommunen", 330, 690, size: 10).Text("Riket", 410, 690, size: 10);
            for (var i = 0; i < 8; i++)
            {
                var baseline = 660 - (i * 16);
                var label = style switch
                {
                    "leaders" => $"{i + 1}. {Names[i]} " + new string('.', 40 - Names[i].Length),
                    "capitals" => Names[i].ToUpper(CultureInfo.GetCultureInfo("sv-SE")),
                    "area-prefix" => $"Område {i + 1}: {Names[i]}",
                    _ => $"{i + 1}. {Names[i]}",
                };
                p.Text(label, 72, baseline, size: 10);
                var unit = style == "units" ? " p" : string.Empty;
                p.Text(Scores[i] + unit, 350, baseline, size: 10).Text(Means[i] + unit, 420, baseline, size: 10);
            }
        }).Build();

        var result = Run(layout);

        AssertAreas(result, layout);
    }

    [Fact]
    public void Extract_WrappedLabelsWithNumbersCentred_ReadEveryArea()
    {
        var layout = new LayoutBuilder().Page(p =>
        {
            p.Text("Kommunen", 250, 700, size: 10).Text("Medelvärde", 320, 700, size: 10);
            var top = 680.0;
            for (var i = 0; i < 8; i++)
            {
                var words = Names[i].Split(' ');
                var half = (words.Length + 1) / 2;
                p.Text($"{i + 1}. " + string.Join(' ', words.Take(half)), 72, top, size: 10);
                p.Text(string.Join(' ', words.Skip(half)), 85, top - 12, size: 10);
                Number(p, Scores[i], 280, top - 6);
                Number(p, Means[i], 350, top - 6);
                top -= 30;
            }
        }).Build();

        var result = Run(layout);

        AssertAreas(result, layout);
    }

    [Fact]
    public void Extract_DecimalScores_AreReadWithTheirDecimals()
    {
        var layout = new LayoutBuilder().Page(p =>
        {
            p.Text("Kommunen", 330, 690, size: 10).Text("Snitt", 410, 690, size: 10);
            for (var i = 0; i < 8; i++)
            {
                var baseline = 660 - (i * 16);
                p.Text($"{i + 1}. {Names[i]}", 72, baseline, size: 10).Text($"{Scores[i]},5", 350, baseline, size: 10).Text($"{Means[i]},0", 420, baseline, size: 10);
            }
        }).Build();

        var result = Run(layout);

        Assert.Equal(Scores.Select(s => (decimal?)(s + 0.5m)), result.Areas.Select(a => a.SummaryScore?.Value));
        Assert.Equal(Means.Select(s => (decimal?)s), result.Areas.Select(a => a.NationalMean?.Value));
    }

    [Fact]
    public void Extract_TableContinuedOnTheNextPage_JoinsBothParts()
    {
        var layout = new LayoutBuilder()
            .Page(p =>
            {
                p.Paragraph(Enumerable.Repeat("Löptext som fyller sidan innan tabellen börjar längst ned.", 30), 72, 780, size: 10);
                p.Text("Tabell 1", 72, 190, size: 11, bold: true).Text("Kommunen", 330, 170, size: 10).Text("Medelvärde", 400, 170, size: 10);
                for (var i = 0; i < 4; i++)
                {
                    Row(p, $"{i + 1}. {Names[i]}", 150 - (i * 16), Scores[i], Means[i]);
                }
            })
            .Page(p =>
            {
                p.Text("Kommunen", 330, 780, size: 10).Text("Medelvärde", 400, 780, size: 10);
                for (var i = 4; i < 8; i++)
                {
                    Row(p, $"{i + 1}. {Names[i]}", 760 - ((i - 4) * 16), Scores[i], Means[i]);
                }

                Row(p, "TOTALT", 760 - (4 * 16), Scores.Sum(), Means.Sum());
                p.Paragraph(["Tabellen visar kommunens resultat."], 72, 650, size: 10);
            })
            .Build();

        var result = Run(layout);

        AssertAreas(result, layout);
        Assert.Equal(Scores.Sum(), result.Total?.Value);
        Assert.Equal(2, result.Areas[7].SummaryScore!.Source.Page);
    }

    [Fact]
    public void Extract_EarlierEvaluationBesideThisOne_TakesTheColumnOfTheReportYear()
    {
        int[] earlier = [50, 51, 52, 53, 54, 55, 56, 57];
        var layout = new LayoutBuilder().Page(p =>
        {
            p.Text("Tabell 1", 72, 720, size: 11, bold: true)
                .Text("Falun 2004", 300, 690, size: 10).Text("Falun 2008", 358, 690, size: 10)
                .Text("Medelvärde", 430, 690, size: 10);
            for (var i = 0; i < 8; i++)
            {
                var baseline = 660 - (i * 16);
                p.Text($"{i + 1}. {Names[i]}", 72, baseline, size: 10);
                Number(p, earlier[i], 340, baseline);
                Number(p, Scores[i], 398, baseline);
                Number(p, Means[i], 480, baseline);
            }
        }).Build();
        var draft = new ReportExtraction { Type = DocumentType.KommunKompassenAnalysis, Year = Sourced.Of(2008, new Provenance(1, null, "2008", "test")) };

        var result = PartRunner.Run(_sut, layout, draft: draft);

        AssertAreas(result, layout);
    }

    [Theory]
    [InlineData("Högsta")]
    [InlineData("Lägsta")]
    [InlineData("Median")]
    public void Extract_AStatisticColumnBesideScoreAndMean_IsNotTakenForTheScore(string heading)
    {
        var layout = new LayoutBuilder().Page(p =>
        {
            p.Text("Region Gotland", 300, 690, size: 10).Text("Snitt", 380, 690, size: 10).Text(heading, 440, 690, size: 10);
            for (var i = 0; i < 8; i++)
            {
                var baseline = 660 - (i * 16);
                p.Text($"{i + 1}. {Names[i]}", 72, baseline, size: 10);
                Number(p, Scores[i], 330, baseline);
                Number(p, Means[i], 400, baseline);
                Number(p, Highest[i], 470, baseline);
            }
        }).Build();

        var result = Run(layout);

        AssertAreas(result, layout);
    }

    [Fact]
    public void Extract_ContentsPageListingTheAreasBeforeTheTable_ReadsTheTableNotThePageNumbers()
    {
        int[] pages = [5, 5, 6, 7, 7, 8, 9, 9];
        var layout = new LayoutBuilder()
            .Page(p =>
            {
                p.Text("Innehåll", 72, 760, size: 16, bold: true);
                for (var i = 0; i < 8; i++)
                {
                    p.Text($"Område {i + 1} {Names[i]}", 72, 720 - (i * 16), size: 10);
                    Number(p, pages[i], 520, 720 - (i * 16));
                }
            })
            .Page(p =>
            {
                // Only the municipality's scores: no mean column to tell this table from the contents.
                p.Text("Sammanfattning av resultat", 72, 760, size: 14, bold: true).Text("Poäng", 340, 740, size: 10);
                for (var i = 0; i < 8; i++)
                {
                    p.Text($"{i + 1}. {Names[i]}", 72, 720 - (i * 16), size: 10);
                    Number(p, Scores[i], 370, 720 - (i * 16));
                }
            })
            .Build();

        var result = Run(layout);

        Assert.Equal(Scores.Select(s => (decimal?)s), result.Areas.Select(a => a.SummaryScore?.Value));
        Assert.Equal(2, result.Areas[0].SummaryScore!.Source.Page);
    }

    [Fact]
    public void Extract_RelatedDocument_IsLeftAlone()
    {
        var layout = new LayoutBuilder().Page(p => Row(p, "1. Offentlighet och demokrati", 660, 71, 55)).Build();

        var result = PartRunner.Run(_sut, layout, DocumentType.RelatedDocument);

        Assert.Empty(result.Areas);
    }

    private ReportExtraction Run(DocumentLayout layout) => PartRunner.Run(_sut, layout);

    private void AssertAreas(ReportExtraction result, DocumentLayout layout)
    {
        output.WriteLine(PartRunner.Describe(layout));
        Assert.Equal(Enumerable.Range(1, 8), result.Areas.Select(a => a.Number));
        Assert.Equal(Scores.Select(s => (decimal?)s), result.Areas.Select(a => a.SummaryScore?.Value));
        Assert.Equal(Means.Select(s => (decimal?)s), result.Areas.Select(a => a.NationalMean?.Value));
    }

    private static void Row(PageBuilder page, string label, double baseline, int score, int mean)
    {
        page.Text(label, 72, baseline, size: 10);
        Number(page, score, 370, baseline);
        Number(page, mean, 440, baseline);
    }

    // Right-aligned at `right`, as numbers in a table column are.
    private static void Number(PageBuilder page, int value, double right, double baseline, bool signed = false)
    {
        var text = (signed && value > 0 ? "+" : string.Empty) + value.ToString(CultureInfo.InvariantCulture);
        page.Text(text, right - PageBuilder.WidthOf(text, 10), baseline, size: 10);
    }

    // At most about 17 characters a line, as a narrow column wraps a long area name.
    private static List<string> WrapNarrow(string text)
    {
        var lines = new List<string>();
        foreach (var word in text.Split(' '))
        {
            if (lines.Count > 0 && lines[^1].Length + 1 + word.Length <= 17)
            {
                lines[^1] += " " + word;
            }
            else
            {
                lines.Add(word);
            }
        }

        return lines;
    }
}
