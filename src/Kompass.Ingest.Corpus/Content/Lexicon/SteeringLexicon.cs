namespace Kompass.Ingest.Corpus.Content.Lexicon;

/// <summary>Political goals, steering, reporting and the roles of politicians and officials.</summary>
public static class SteeringLexicon
{
    /// <summary>The vocabulary.</summary>
    public static readonly TopicLexicon Value = new()
    {
        Topic = Topic.Steering,
        Terms =
        [
            new("mål- och resultatstyrning", Gender.Common), new("styrmodell", Gender.Common), new("ägardirektiv", Gender.Plural),
            new("delårsrapporter", Gender.Plural), new("internkontrollplan", Gender.Common), new("målstyrning", Gender.Common),
            new("uppföljningsrapporter", Gender.Plural), new("indikatorer för måluppfyllelse", Gender.Plural), new("ansvarsfördelning mellan politiker och tjänstemän", Gender.Common),
            new("dialogmöten mellan politiker och tjänstemän", Gender.Plural), new("politiska mål", Gender.Plural), new("nämndsplaner", Gender.Plural),
            new("rapportering till KS", Gender.Common), new("politikerutbildning", Gender.Common), new("reglemente för nämnderna", Gender.Neuter),
            new("uppdragsbeskrivningar", Gender.Plural), new("verksamhetsplan", Gender.Common), new("inriktningsmål", Gender.Plural),
            new("flerårsplan", Gender.Common), new("styrdokument", Gender.Neuter), new("styrkedja", Gender.Common),
            new("röd tråd från vision till enhet", Gender.Common), new("vision", Gender.Common), new("prioriterade mål", Gender.Plural),
            new("måluppfyllelse", Gender.Common), new("årsredovisning med måluppföljning", Gender.Common), new("tertialuppföljning", Gender.Common),
            new("månadsuppföljning", Gender.Common), new("rapporteringsplan", Gender.Common), new("tillsyn över förvaltningen", Gender.Common),
            new("uppsiktsplikt", Gender.Common), new("styrning av bolagen", Gender.Common), new("ägardialoger", Gender.Plural),
            new("uppdrag till förvaltningen", Gender.Plural), new("politiskt uppdrag", Gender.Neuter), new("rollklarhet mellan förtroendevalda och förvaltning", Gender.Common),
            new("nämndsmål", Gender.Plural), new("uppföljning av privata utförare", Gender.Common), new("avtalsuppföljning", Gender.Common),
            new("intern kontroll", Gender.Common), new("presidieöverläggningar", Gender.Plural), new("politiska beredningar", Gender.Plural),
            new("årshjul för styrning och uppföljning", Gender.Neuter), new("balanserat styrkort", Gender.Neuter), new("målkarta", Gender.Common),
            new("samverkansmodell mellan politik och förvaltning", Gender.Common),
        ],
        Activities =
        [
            "bryta ned fullmäktiges mål till nämnder och enheter", "rapportera utfallet mot målen till politikerna flera gånger per år",
            "ge förvaltningen uppdrag som går att följa upp", "hålla isär politikens och förvaltningens roller",
            "låta nämnderna ta ställning till avvikelser i tid", "följa privata utförare med samma krav som de egna enheterna",
            "samla politiker och tjänstemän till gemensamma genomgångar av resultaten", "formulera mål som går att mäta",
            "begränsa antalet mål till de viktigaste", "styra de kommunala bolagen med samma målbild som förvaltningen",
            "ge de förtroendevalda underlag som gör det möjligt att utöva tillsyn", "lägga fast vad nämnderna ska uppnå under mandatperioden",
            "diskutera uppdragen mellan ordförande och förvaltningschef", "introducera nya förtroendevalda i hur kommunen styrs",
            "granska att besluten verkställs", "tala om vad som ska uppnås, inte hur",
            "knyta budgeten till de politiska prioriteringarna", "klargöra vem som beslutar vad i nämnd och förvaltning",
            "återrapportera politiska uppdrag i en samlad lista", "ta fram en gemensam årscykel för planering och uppföljning",
        ],
        Actors =
        [
            "KS", "Kommunstyrelsen", "Nämnderna", "Kommundirektören",
            "Den politiska ledningen", "Revisionen", "Fullmäktige", "Majoriteten",
        ],
        Qualifiers =
        [
            "från nämnd till arbetsplats", "till KS och nämnderna", "med mätbara indikatorer", "för egen och extern regi",
            "kopplat till visionen", "för de kommunala bolagen", "under hela mandatperioden", "från fullmäktige till enhet",
            "i nämndernas verksamhetsplaner", "inför budgetbeslutet",
        ],
        Examples =
        [
            "månadsrapporter till nämnderna", "tertialrapporter", "politiska beredningar", "gemensam utbildning för nya förtroendevalda",
            "målkartor", "ägardialoger med bolagen", "uppdragslistor", "presidiemöten med förvaltningsledningen",
            "styrkort i beslutsstödet",
        ],
        Purposes =
        [
            "för att tydliggöra rollerna", "för att göra styrningen mer samlad",
            "för att få färre och tydligare mål", "för att politikerna ska kunna utöva tillsyn över förvaltningen",
            "för att säkra att besluten genomförs", "för att skapa en röd tråd i styrningen",
        ],
        Outcomes =
        [
            "målen blir mätbara", "politikerna kan följa måluppfyllelsen",
            "uppdragen blir tydliga för förvaltningen", "rollerna upplevs som tydliga",
            "avvikelser kommer till nämndernas kännedom i tid", "bolagen styrs i samma riktning som förvaltningen",
        ],
        General =
        [
            "I en kommun beställer politiken genomförandet av ett uppdrag av en utförarorganisation.",
            "Det kan vara de egna förvaltningarna eller en eller flera externa utförare.",
            "Uppdraget ska spegla den politiska majoritetens vilja när det gäller att utveckla och fördela service till kommuninvånarna.",
            "Den modell som de flesta använder för att förtydliga uppdraget är någon form av målstyrning.",
            "Hur modellen är utformad varierar däremot i stor omfattning mellan svenska kommuner.",
            "För att samspelet mellan den politiska ledningen och tjänstemannaorganisationen ska fungera krävs att roller och ansvar har klargjorts.",
        ],
    };
}
