namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>
/// The standing text of the report families (what Kommunkompassen is, how comparisons work),
/// after the wording of real reports. It names no year of evaluation and no score, so it never
/// competes with the facts a parser looks for; it does mention 2002 and 2010, as real reports do.
/// </summary>
public static class Boilerplate
{
    /// <summary>"Vad är Kommunkompassen?" of the 2010–2019 reports, before the list of areas.</summary>
    public static IReadOnlyList<string> AboutKompass { get; } =
    [
        "Kommunkompassen är ett verktyg för utvärdering och analys av kommuners sätt att arbeta. Verktyget togs fram i mitten av 1990-talet av Oslo Universitet i samverkan med Åbo Akademi och Kommunernes Sentralforbund i Norge. Det har använts i ett flertal kommuner i samtliga nordiska länder. Sveriges Kommuner och Landsting använder verktyget sedan år 2002.",
        "Kommunkompassen reviderades år 2010 för att kunna fånga upp nya viktiga utvecklingstrender som påverkar den offentliga sektorn. Revideringen har gjorts tillsammans med KS i Norge, KL i Danmark samt Oslo Universitet och Agder Universitet.",
        "Kommunkompassen utvärderar inte verksamhetens resultat utan sättet att leda den och sättet att samspela i organisationen. Vid en utvärdering inhämtar utvärderarna information från tre källor: intervjuer, officiella dokument och kommunens webbsida.",
        "Resultatet sammanställs i en rapport som innehåller en poängbedömning och en kvalitativ beskrivning av hur kommunen fungerar. Bedömningarna görs med utgångspunkt från åtta huvudområden. Varje huvudområde består av flera delområden inom vilka ett antal frågor belyses. De åtta huvudområdena är:",
    ];

    /// <summary>The closing paragraph of "Vad är Kommunkompassen?".</summary>
    public static string AboutKompassClosing { get; } =
        "En kommun som utvärderas med hjälp av Kommunkompassen får som resultat värdefull information om både styrkor och förbättringsområden. Till utpekade förbättringsområden blir det naturligt att koppla handlingsplaner för förändring. Många kommuner väljer sedan att efter några års arbete genomföra en förnyad utvärdering för att få sina förbättringsinsatser bekräftade.";

    /// <summary>The 2002–2009 introduction.</summary>
    public static IReadOnlyList<string> Introduction2002 { get; } =
    [
        "Kommunkompassen är en metod för att analysera och bedöma en kommuns organisation och arbetssätt. Metoden har utvecklats i Norge och används i Sverige sedan år 2002. Analysen bygger på intervjuer med förtroendevalda, chefer och medarbetare samt på studier av dokument.",
        "Kommunen bedöms inom åtta områden. Inom varje område kan kommunen få högst 100 poäng, vilket ger totalt 800 poäng. Poängen ska ses som en indikation på var kommunen står i förhållande till de kriterier som metoden bygger på, inte som ett betyg.",
    ];

    /// <summary>The 2020 revision's introduction; the four roles follow as headings.</summary>
    public static IReadOnlyList<string> About2020 { get; } =
    [
        "Kommunkompassen är ett verktyg för att analysera en kommuns arbetssätt och organisation utifrån ett helhetsperspektiv. Den reviderade versionen har tagits fram av Sveriges Kommuner och Regioner tillsammans med KS i Norge och används sedan år 2020.",
        "Analysen utgår från kommunens fyra roller: som demokratiaktör, som samhällsbyggare, som välfärdsaktör och som arbetsgivare. Under rollerna finns åtta områden med frågor som bedöms utifrån intervjuer, dokument och kommunens webbplats.",
    ];

    /// <summary>"Jämförelser": where the other evaluations can be found.</summary>
    public static string Comparisons(string organisation, string site)
        => $"Alla svenska utvärderingar finns tillgängliga på {organisation}s hemsida {site}. Där finns även ett sökverktyg för att hitta goda exempel från kommuner i både Norge och Sverige.";

    /// <summary>The 2010 reports' note on the new and the old version.</summary>
    public static IReadOnlyList<string> NewAndOldVersion { get; } =
    [
        "Kommunkompassen har reviderats under år 2010. Den nya versionen lägger större vikt vid medborgarnas och brukarnas perspektiv, vid resultatstyrning och vid kommunens roll som samhällsbyggare.",
        "Poängen enligt den nya versionen är därför inte direkt jämförbara med poäng från tidigare utvärderingar. Den som vill jämföra över tid bör i första hand jämföra styrkor och förbättringsområden.",
    ];

    /// <summary>The opening of a feedback presentation.</summary>
    public static IReadOnlyList<string> FeedbackIntro { get; } =
    [
        "Syftet med återkopplingen är att ge en första bild av utvärderingens resultat innan rapporten är klar.",
        "Poängen är preliminära och kan justeras i den slutliga rapporten.",
    ];

    /// <summary>The opening of the Regionkompassen pilot report.</summary>
    public static IReadOnlyList<string> RegionIntro { get; } =
    [
        "Regionkompassen är en anpassning av Kommunkompassen till landsting och regioner. Den här rapporten redovisar en pilotstudie där metoden prövats i en region.",
        "Utvärderingen bygger på samma åtta områden som Kommunkompassen, med frågor anpassade till regionens uppdrag inom hälso- och sjukvård, kollektivtrafik och regional utveckling.",
    ];
}
