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
            new("uppföljningsrapporter", Gender.Plural), new("indikatorer för måluppfyllelse", Gender.Plural),
            new("ansvarsfördelning mellan politiker och tjänstemän", Gender.Common),
            new("dialogmöten mellan politiker och tjänstemän", Gender.Plural), new("politiska mål", Gender.Plural),
            new("nämndsplaner", Gender.Plural), new("rapportering till KS", Gender.Common), new("politikerutbildning", Gender.Common),
            new("reglemente för nämnderna", Gender.Neuter), new("uppdragsbeskrivningar", Gender.Plural),
        ],
        Actors = ["KS", "Kommunstyrelsen", "Nämnderna", "Kommundirektören", "Den politiska ledningen", "Revisionen"],
        Qualifiers =
        [
            "på alla nivåer i organisationen", "till KS och nämnderna", "med mätbara indikatorer", "oavsett driftsform",
            "kopplat till visionen", "för de kommunala bolagen", "under hela mandatperioden",
        ],
        Examples =
        [
            "dashboard-rapportering till KSO", "månadsrapporter", "tertialrapporter", "politiska beredningar",
            "gemensam utbildning för nya förtroendevalda", "målkartor",
        ],
        Purposes =
        [
            "för att tydliggöra rollerna", "för att få en tydligare styrning", "för att komprimera målbilden",
            "för att politikerna ska kunna utöva tillsyn över förvaltningen",
        ],
        Outcomes =
        [
            "målen blir mätbara", "politikerna kan följa måluppfyllelsen", "uppdragen blir tydliga för förvaltningen",
            "rollfördelningen upplevs som tydlig",
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
