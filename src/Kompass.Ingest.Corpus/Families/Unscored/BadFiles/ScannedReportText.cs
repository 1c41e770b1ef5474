using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Families.Unscored.BadFiles;

/// <summary>The text on the scanned page: the summary page of an old report, printed and scanned back in.</summary>
public static class ScannedReportText
{
    /// <summary>The page's heading, its title (the line above it is the organisation's name in small print).</summary>
    public static string Title(NamedMunicipality municipality) => $"2 {municipality.Name}: En sammanfattande genomgång";

    /// <summary>The page's paragraphs for <paramref name="municipality"/>.</summary>
    public static IReadOnlyList<ScanLine> Lines(NamedMunicipality municipality, int year)
    {
        var y = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            new ScanLine("Sveriges Kommuner och Landsting", 9),
            new ScanLine(Title(municipality), 15, Bold: true, SpaceBefore: 24),
            new ScanLine("Utvärderingen", 12, Bold: true, SpaceBefore: 10),
            new ScanLine($"Utvärderingen av {municipality.OfficialName} genomfördes under hösten {y}. Utvärderarna har studerat dokument, granskat kommunens webbsida och genomfört intervjuer med politiker, ledande tjänstemän, stödfunktioner och fackliga representanter.", SpaceBefore: 4),
            new ScanLine("Sammanfattning av resultat", 12, Bold: true, SpaceBefore: 10),
            new ScanLine($"{municipality.OfficialName} har en tydlig styrmodell och ett väl utvecklat arbete med jämförelser. Kommunen har goda förutsättningar att utveckla sin verksamhet vidare, men behöver stärka uppföljningen av de politiska målen och arbetet med medborgardialog.", SpaceBefore: 4),
            new ScanLine("Styrkor", 11, Bold: true, SpaceBefore: 10),
            new ScanLine("• Etablerad styrmodell med tydlig värdegrund", Indent: 12, SpaceBefore: 2),
            new ScanLine("• Systematiskt arbete med brukarundersökningar", Indent: 12),
            new ScanLine("• Väl fungerande samarbete med näringslivet", Indent: 12),
            new ScanLine("Förbättringsområden", 11, Bold: true, SpaceBefore: 10),
            new ScanLine("• Ta fram en strategi för demokratiutveckling och följ upp den", Indent: 12, SpaceBefore: 2),
            new ScanLine("• Tydliggör rollfördelningen mellan politiker och tjänstemän", Indent: 12),
            new ScanLine("• Utveckla kvalitetsarbetet med gemensamma verktyg", Indent: 12),
        ];
    }
}
