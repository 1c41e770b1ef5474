using System.Globalization;
using Kompass.Ingest.TestKit.Layout;

namespace Kompass.Ingest.Extraction.Tests.Classification;

/// <summary>
/// Pages shaped like the real documents (the 2017 seed report, the archive's titles): covers,
/// a summary table with TOTALT, an area section with "Poäng", a question table.
/// </summary>
internal static class SampleDocuments
{
    public static readonly string[] AreaNames =
    [
        "Offentlighet och demokrati", "Tillgänglighet och brukarorientering", "Politisk styrning och kontroll",
        "Ledarskap, ansvar och delegation", "Resultat och effektivitet", "Kommunen som arbetsgivare",
        "Verksamhetsutveckling", "Kommunen som samhällsbyggare",
    ];

    /// <summary>A cover with one large line per entry, then smaller evaluator lines.</summary>
    public static Action<PageBuilder> Cover(string[] large, params string[] small) => p =>
    {
        var baseline = 760.0;
        foreach (var line in large)
        {
            p.Text(line, 72, baseline, size: 26, bold: true);
            baseline -= 32;
        }

        foreach (var line in small)
        {
            p.Text(line, 72, baseline - 40, size: 11);
            baseline -= 14;
        }
    };

    /// <summary>"Tabell 1": one row per area with score and national mean, then TOTALT.</summary>
    public static void SummaryTable(PageBuilder page)
    {
        page.Text("Sveriges Kommuner och Landsting 2017-06-25 4 (16)", 72, 810, size: 9)
            .Text("Tabell 1 Vallentuna kommun 2017 i jämförelse med ett nationellt medelvärde", 72, 700, size: 10);
        var baseline = 670.0;
        for (var area = 1; area <= 8; area++)
        {
            page.Text($"{area}. {AreaNames[area - 1]}", 72, baseline, size: 10)
                .Text((50 + area).ToString(CultureInfo.InvariantCulture), 420, baseline, size: 10)
                .Text((55 + area).ToString(CultureInfo.InvariantCulture), 480, baseline, size: 10);
            baseline -= 16;
        }

        page.Text("TOTALT", 72, baseline, size: 10, bold: true).Text("555", 420, baseline, size: 10).Text("476", 480, baseline, size: 10);
    }

    /// <summary>An area section: heading, "Rubriker", "Poäng NN", STYRKOR.</summary>
    public static Action<PageBuilder> AreaSection(int area) => p => p
        .Text($"Område {area} {AreaNames[area - 1]}", 72, 760, size: 14, bold: true)
        .Text("Rubriker", 72, 730, size: 10, bold: true)
        .Text("Poäng", 400, 730, size: 10, bold: true).Text("7" + area, 440, 730, size: 10)
        .Text("STYRKOR", 72, 690, size: 10, bold: true)
        .Text("Etablerad styrmodell, värdegrund och vision", 72, 675, size: 10);

    /// <summary>"Översikt av poängfördelning" with four question rows of area 1.</summary>
    public static void QuestionTable(PageBuilder page)
    {
        page.Text("4 Översikt av poängfördelning", 72, 760, size: 14, bold: true)
            .Text("1. Offentlighet och demokrati", 72, 730, size: 10, bold: true)
            .Text("Uppnått", 420, 730, size: 10).Text("Max", 470, 730, size: 10).Text("Procent", 510, 730, size: 10);
        string[] rows = ["1.1 Finns en plan/strategi för demokratiutveckling?", "1.2 Informeras invånarna om aktuella frågor?",
            "1.3 Informeras invånare om resultat?", "1.4 Främjas invånardialog och deltagande?"];
        var baseline = 712.0;
        foreach (var row in rows)
        {
            page.Text(row, 72, baseline, size: 10).Text("10", 420, baseline, size: 10).Text("15", 470, baseline, size: 10).Text("65%", 510, baseline, size: 10);
            baseline -= 16;
        }
    }

    /// <summary>A page of body text.</summary>
    public static Action<PageBuilder> Body(params string[] lines) => p => p.Paragraph(lines, 72, 760, size: 11);

    /// <summary>A full analysis: the given cover, then summary, two area sections and the question table.</summary>
    public static LayoutBuilder Analysis(Action<PageBuilder> cover) => new LayoutBuilder()
        .Page(cover)
        .Page(SummaryTable)
        .Page(AreaSection(1))
        .Page(AreaSection(2))
        .Page(QuestionTable);
}
