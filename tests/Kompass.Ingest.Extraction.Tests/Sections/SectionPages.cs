using Kompass.Ingest.TestKit.Layout;

namespace Kompass.Ingest.Extraction.Tests.Sections;

/// <summary>
/// The parts of an area section page as a 10 pt report prints them, for the section tests: a
/// general paragraph of running text (which fixes the body size, margins and line spacing), the
/// labels and bulleted lists. Coordinates are PDF points from the bottom-left; text starts at 72.
/// </summary>
internal static class SectionPages
{
    /// <summary>The body size.</summary>
    public const double Size = 10;

    /// <summary>The baseline-to-baseline distance of the body text.</summary>
    public const double Pitch = 12.5;

    /// <summary>The left margin.</summary>
    public const double Left = 72;

    /// <summary>Four lines of running text, each about as wide as the text block.</summary>
    public static readonly string[] General =
    [
        "Med politisk styrning avses hur fullmäktige och nämnderna formulerar mål för verksamheten",
        "och hur de följer upp att målen nås. Kommunen har en tydlig struktur för styrning men",
        "uppföljningen av målen sker inte alltid på ett systematiskt sätt i alla delar av kommunen",
        "och återrapporteringen till de förtroendevalda kan därför utvecklas ytterligare framåt.",
    ];

    /// <summary>The strengths most tests print.</summary>
    public static readonly string[] Strengths = ["Tydlig styrmodell med mål i flera nivåer", "Väl fungerande internkontroll"];

    /// <summary>The improvements most tests print.</summary>
    public static readonly string[] Improvements = ["Uppföljning av nämndernas mål", "Återrapportering till fullmäktige"];

    /// <summary>"ALLMÄNT" and the general paragraph from <paramref name="top"/>; returns the top of what follows.</summary>
    public static double GeneralText(PageBuilder p, double top)
    {
        p.Text("ALLMÄNT", Left, top - 7, size: 9, bold: true);
        p.Paragraph(General, Left, top - 12, size: Size, leading: Pitch / Size);
        return top - 12 - (General.Length * Pitch) - 10;
    }

    /// <summary>A label, then one bulleted line per item; returns the top of what follows.</summary>
    public static double Bullets(PageBuilder p, string label, IEnumerable<string> items, double top, string bullet = "•")
    {
        p.Text(label, Left, top - 7, size: 9, bold: true);
        var baseline = top - 12 - 7;
        foreach (var item in items)
        {
            p.Text(bullet + " " + item, Left, baseline, size: Size);
            baseline -= Pitch;
        }

        return baseline + 7 - 10;
    }

    /// <summary>
    /// The usual body of a section from <paramref name="top"/>: the general text, "Poäng 71", the
    /// strengths and improvements of this class; returns the top of what follows.
    /// </summary>
    public static double Body(PageBuilder p, double top)
    {
        var next = GeneralText(p, top);
        p.Text("Poäng 71", Left, next - 8, size: Size, bold: true);
        next = Bullets(p, "STYRKOR", Strengths, next - 20);
        return Bullets(p, "FÖRBÄTTRINGSOMRÅDEN", Improvements, next);
    }
}
