using Kompass.Ingest.TestKit.Layout;

namespace Kompass.Ingest.Extraction.Tests.Metadata;

/// <summary>
/// Report-shaped layouts: a cover (large title lines, smaller lines below), body pages with a
/// running header and a page number, in the styles of the real archive.
/// </summary>
internal static class ReportLayouts
{
    /// <summary>A cover: title lines in 28 pt bold from the top third, then smaller lines 40 pt below.</summary>
    public static Action<PageBuilder> Cover(string[] title, params string[] below) => p =>
    {
        var baseline = 640.0;
        foreach (var line in title)
        {
            p.Text(line, 72, baseline, size: 28, bold: true);
            baseline -= 34;
        }

        baseline -= 40;
        foreach (var line in below)
        {
            p.Text(line, 72, baseline, size: 12);
            baseline -= 15;
        }
    };

    /// <summary>A body page with the seed report's header ("Sveriges Kommuner och Landsting 2017-06-25 4 (16)") and text.</summary>
    public static Action<PageBuilder> BodyPage(int number, int total, string date, params string[] lines) => p => p
        .Text("Sveriges Kommuner och Landsting", 72, 810, size: 9)
        .Text(date, 300, 810, size: 9)
        .Text($"{number} ({total})", 500, 810, size: 9)
        .Paragraph(lines, 72, 760, size: 11);

    /// <summary>A whole report: the cover, then body pages 2.. with a header; the given lines go on page 2.</summary>
    public static LayoutBuilder Report(Action<PageBuilder> cover, string date, params string[] bodyLines)
    {
        // Filler differs in words, not only digits: furniture detection masks digits.
        string[] topics = ["Offentlighet och demokrati", "Politisk styrning och kontroll", "Resultat och effektivitet"];
        var builder = new LayoutBuilder().Page(cover).Page(BodyPage(2, 5, date, bodyLines));
        for (var page = 3; page <= 5; page++)
        {
            var topic = topics[page - 3];
            builder.Page(BodyPage(page, 5, date, $"Avsnittet {topic} börjar här.", $"Om {topic.ToUpperInvariant()} finns mer att säga."));
        }

        return builder;
    }
}
