using Kompass.Ingest.Domain.Frameworks;

namespace Kompass.Ingest.Corpus.Families.Unscored.Related;

/// <summary>
/// Documents about Kommunkompassen that carry no scores: an information deck ("Kommunkompassen.
/// Mäter i 4 dimensioner …", landscape slides) and an action plan after an evaluation
/// ("Åtgärder för kommunens förbättringsområden och svagheter") listing the eight areas.
/// </summary>
public static class KompassDocuments
{
    /// <summary>The slide deck; names the municipality it was shown to in the footer.</summary>
    public static RelatedDocument Presentation(NamedMunicipality municipality, FrameworkCatalog catalog, Random random) => new()
    {
        Title = "Kommunkompassen",
        Subtitle = ["Mäter i 4 dimensioner:", "Politiskt system. Tjänsteproduktion.", "Lokalsamhället. Arbetsgivarrollen"],
        Municipality = municipality,
        Layout = RelatedLayout.Slides,
        Footer = $"Information till kommunstyrelsen, {municipality.OfficialName}",
        FileName = "Kommunkompassen presentation KS.pdf",
        Style = MemoStyle.Pick(random),
        Blocks =
        [
            new HeadingBlock("Vad är Kommunkompassen?"),
            new BulletsBlock(["Ett verktyg för att utvärdera hur en kommun styrs och leds", "Utvecklat i Norden, använt av SKL sedan 2002", "Utvärderar arbetssätt – inte verksamhetens resultat"]),
            new HeadingBlock("Åtta områden"),
            new BulletsBlock(catalog.Areas.Select(a => a.Name).ToList(), Numbered: true),
            new HeadingBlock("Så går det till"),
            new BulletsBlock(["Dokumentstudier och granskning av webbsidan", "Intervjuer med cirka 25 personer under två dagar", "Rapport med styrkor och förbättringsområden"]),
            new HeadingBlock("Poäng"),
            new BulletsBlock(["Varje område bedöms med 0–100 poäng", "Högst 800 poäng totalt", "Jämförelse med ett nationellt medelvärde"]),
            new HeadingBlock("Fortsatt process"),
            new BulletsBlock(["Beslut i kommunstyrelsen om utvärdering", "Utvärdering under hösten", "Handlingsplan utifrån förbättringsområdena"]),
        ],
    };

    /// <summary>The action plan: per area, improvement areas and measures with who and when.</summary>
    public static RelatedDocument ActionPlan(NamedMunicipality municipality, FrameworkCatalog catalog, Random random)
    {
        var year = random.Next(2012, 2019);
        var blocks = new List<DocumentBlock>
        {
            new ParagraphBlock($"Handlingsplanen redovisar de åtgärder som {municipality.OfficialName} vidtar utifrån de förbättringsområden och svagheter som den externa utvärderingen enligt Kommunkompassen pekade ut. Planen följs upp av kommunledningsgruppen varje kvartal."),
        };
        foreach (var area in catalog.Areas)
        {
            blocks.Add(new HeadingBlock($"{area.Number}. {area.Name}"));
            blocks.Add(new ParagraphBlock("Förbättringsområden:"));
            blocks.Add(new BulletsBlock(area.Subheadings.Take(2).Select(s => "Utveckla arbetet med " + char.ToLowerInvariant(s[0]) + s[1..]).ToList()));
            var due = new DateOnly(year, 1, 1).AddDays(random.Next(60, 600));
            blocks.Add(new TableBlock(null, ["Åtgärd", "Ansvarig", "Klart"],
            [
                new[] { "Ta fram en strategi och följ upp den årligen", "Kommundirektör", SwedishDates.Iso(due) },
                new[] { "Redovisa resultatet för kommunstyrelsen", "Kvalitetsstrateg", SwedishDates.Iso(due.AddDays(random.Next(30, 200))) },
            ]));
        }

        return new RelatedDocument
        {
            Title = "Åtgärder för kommunens förbättringsområden och svagheter",
            Subtitle = ["Handlingsplan efter utvärdering enligt Kommunkompassen"],
            Municipality = municipality,
            Footer = municipality.OfficialName,
            FileName = "Åtgärder förbättringsområden Kommunkompassen.pdf",
            Style = MemoStyle.Pick(random),
            Blocks = blocks,
        };
    }
}
