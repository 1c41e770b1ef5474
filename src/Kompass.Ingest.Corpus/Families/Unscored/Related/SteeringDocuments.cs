using System.Globalization;

namespace Kompass.Ingest.Corpus.Families.Unscored.Related;

/// <summary>
/// Steering documents: "Kvalitetspolicy", "Politisk riktlinje för styrmodellen i X kommun",
/// "Förslag till reviderad mål- och styrmodell för X kommun". Numbered headings, goals, and budget
/// tables whose figures must not be taken for scores.
/// </summary>
public static class SteeringDocuments
{
    /// <summary>"Kvalitetspolicy": short, municipality in the footer and under the title.</summary>
    public static RelatedDocument QualityPolicy(NamedMunicipality municipality, Random random) => new()
    {
        Title = "Kvalitetspolicy",
        Subtitle = ["Antagen av kommunfullmäktige", municipality.OfficialName],
        Municipality = municipality,
        Footer = $"{municipality.OfficialName} · Kvalitetspolicy",
        FileName = "Kvalitetspolicy.pdf",
        Style = MemoStyle.Pick(random),
        Blocks =
        [
            new HeadingBlock("Syfte"),
            new ParagraphBlock($"Kvalitetspolicyn anger hur {municipality.OfficialName} ska arbeta för att den service kommunen ger ska hålla god kvalitet och ständigt förbättras. Policyn gäller för all verksamhet, oavsett om den bedrivs i egen regi eller av en extern utförare."),
            new HeadingBlock("Så arbetar vi med kvalitet"),
            new BulletsBlock(["Vi tar reda på vad medborgarna och brukarna behöver och förväntar sig", "Vi beskriver vad brukarna kan förvänta sig i tydliga tjänstegarantier", "Vi följer upp och jämför våra resultat med andra kommuner", "Vi tar tillvara synpunkter och klagomål som en källa till förbättring", "Vi mäter, analyserar och förbättrar våra arbetssätt"]),
            new HeadingBlock("Ansvar"),
            new ParagraphBlock("Kommunstyrelsen har det övergripande ansvaret för kvalitetsarbetet. Varje nämnd ansvarar för kvaliteten i sin verksamhet och varje chef för att kvalitetsarbetet bedrivs systematiskt på den egna enheten."),
            new HeadingBlock("Uppföljning"),
            new ParagraphBlock($"Kvalitetsarbetet redovisas i årsredovisningen. Policyn ses över en gång per mandatperiod; den senaste revideringen beslutades den {random.Next(1, 28).ToString(CultureInfo.InvariantCulture)} {SwedishDates.Month(random.Next(1, 13))} {random.Next(2010, 2019).ToString(CultureInfo.InvariantCulture)}."),
        ],
    };

    /// <summary>"Politisk riktlinje för styrmodellen i X kommun", two columns, a budget table.</summary>
    public static RelatedDocument SteeringGuideline(NamedMunicipality municipality, Random random)
    {
        var budgetYear = random.Next(2014, 2020);
        return new RelatedDocument
        {
            Title = "Politisk riktlinje för styrmodellen i " + municipality.OfficialName,
            Subtitle = ["Politiska riktlinjer"],
            Municipality = municipality,
            Layout = RelatedLayout.TwoColumns,
            Footer = municipality.OfficialName,
            FileName = $"Politisk riktlinje styrmodellen {municipality.Name}.pdf",
            Style = MemoStyle.Pick(random),
            Blocks =
            [
                new HeadingBlock("1. Inledning"),
                new ParagraphBlock("Riktlinjen beskriver hur kommunfullmäktige, kommunstyrelsen och nämnderna styr verksamheten genom mål, budget och uppföljning. Den ska ge en gemensam bild av roller och ansvar mellan politiker och tjänstepersoner."),
                new HeadingBlock("2. Styrmodellens delar"),
                new HeadingBlock("2.1 Vision och mål", 2),
                new ParagraphBlock("Kommunfullmäktige beslutar om vision och övergripande mål för mandatperioden. Målen ska vara få, mätbara och kopplade till indikatorer med målvärden."),
                new HeadingBlock("2.2 Budget och verksamhetsplan", 2),
                new ParagraphBlock("Nämnderna tilldelas en ekonomisk ram och ett uppdrag. Förvaltningarna tar fram verksamhetsplaner som visar hur målen ska nås inom ramen."),
                Figures.Budget("Tabell 1 Driftbudget per nämnd", ["Kommunstyrelsen", "Barn- och utbildningsnämnden", "Socialnämnden", "Samhällsbyggnadsnämnden", "Kultur- och fritidsnämnden"], budgetYear, random),
                new HeadingBlock("2.3 Uppföljning", 2),
                new ParagraphBlock("Uppföljning sker i delårsrapporter per april och augusti samt i årsredovisningen. Avvikelser mot mål och budget ska förklaras och åtgärder redovisas."),
                new HeadingBlock("3. Roller och ansvar"),
                new BulletsBlock(["Kommunfullmäktige: vision, mål, budget och ägardirektiv", "Kommunstyrelsen: leder och samordnar, har uppsikt över nämnder och bolag", "Nämnderna: ansvarar för verksamheten inom sitt område", "Kommundirektören: leder förvaltningsorganisationen"]),
                new HeadingBlock("4. Styrkor och förbättringsområden i nuvarande modell"),
                new ParagraphBlock("Styrkor: tydlig koppling mellan mål och budget, etablerade dialogmöten mellan nämnder och kommunstyrelse. Förbättringsområden: för många mål, svag analys i uppföljningen och otydlig återkoppling till verksamheten."),
            ],
        };
    }

    /// <summary>"Förslag till reviderad mål- och styrmodell för X kommun", one column, numbered headings.</summary>
    public static RelatedDocument GovernanceProposal(NamedMunicipality municipality, Random random) => new()
    {
        Title = "Förslag till reviderad mål- och styrmodell för " + municipality.OfficialName,
        Subtitle = ["Kommunledningskontoret"],
        Municipality = municipality,
        Footer = "Förslag till reviderad mål- och styrmodell",
        FileName = "Förslag reviderad mål- och styrmodell.pdf",
        Style = MemoStyle.Pick(random),
        Blocks =
        [
            new HeadingBlock("1 Bakgrund"),
            new ParagraphBlock($"Kommunstyrelsen gav kommunledningskontoret i uppdrag att se över {municipality.Genitive} mål- och styrmodell. Översynen bygger på intervjuer med förtroendevalda och chefer, en jämförelse med andra kommuner och de förbättringsområden som en extern utvärdering pekat ut."),
            new HeadingBlock("2 Förslag"),
            new HeadingBlock("2.1 Färre och tydligare mål", 2),
            new ParagraphBlock("Antalet övergripande mål minskas från 24 till 8. Varje mål får högst tre indikatorer med målvärden för mandatperioden."),
            new HeadingBlock("2.2 Resultatdialoger", 2),
            new ParagraphBlock("Resultatdialoger införs mellan kommunstyrelsens presidium och varje nämnd två gånger per år, i anslutning till delårsrapporten och årsredovisningen."),
            new HeadingBlock("2.3 Mål för verksamheten", 2),
            new BulletsBlock(["Nöjd medborgarindex ska öka till minst 60", "Andelen elever som når målen i alla ämnen i årskurs 9 ska öka till 80 procent", "Sjukfrånvaron bland medarbetarna ska minska till 6,5 procent", "Nettokostnaderna får öka med högst 2 procent per år"], Numbered: true),
            new HeadingBlock("3 Konsekvenser"),
            new ParagraphBlock("Förslaget ryms inom befintlig budget. Utbildning av förtroendevalda och chefer genomförs under första halvåret efter beslut."),
        ],
    };
}
