namespace Kompass.Ingest.Corpus.Rendering.HeldOut;

/// <summary>The fixed prose of the held-out family, worded apart from the other families' introductions.</summary>
internal static class HeldOutBoilerplate
{
    /// <summary>What Kommunkompassen is, closing with the line that introduces the list of areas.</summary>
    public static IReadOnlyList<string> About(string organisation) =>
    [
        "Kommunkompassen är en metod för att analysera hur en kommun styrs, leds och organiseras. Metoden togs fram i nordiskt samarbete under 1990-talet och har sedan 2002 använts av "
        + organisation + " i ett stort antal kommuner. Den granskar arbetssätt och samspel i organisationen, inte kvaliteten i de enskilda verksamheterna.",
        "Utgångspunkten är en kommun som styrs mot tydliga mål, som delegerar ansvar till verksamheterna och som sätter medborgare och brukare i centrum. Den som vill förbättra sin organisation får genom utvärderingen en bild av var den står och vad andra kommuner har gjort inom samma område.",
        "Bedömningen görs inom åtta områden:",
    ];

    /// <summary>How scores are given.</summary>
    public static string Scoring =>
        "Varje område ger högst 100 poäng, fördelade på ett antal frågor. Poängen är ett stöd för jämförelser över tid och mellan kommuner, men de iakttagelser som redovisas som styrkor och förbättringsområden är minst lika viktiga för det fortsatta utvecklingsarbetet.";

    /// <summary>The lead-in of the question chapter.</summary>
    public static string Questions =>
        "Tabellerna nedan redovisar poängen fråga för fråga inom varje område. Kolumnen % anger hur stor del av frågans maxpoäng som har uppnåtts.";
}
