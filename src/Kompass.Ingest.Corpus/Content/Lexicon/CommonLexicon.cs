namespace Kompass.Ingest.Corpus.Content.Lexicon;

/// <summary>Words every topic shares: adjectives, adverbs, verbs, recipients, frequencies and short tails.</summary>
public static class CommonLexicon
{
    /// <summary>Adjectives that praise a practice.</summary>
    public static readonly IReadOnlyList<Adjective> Praise =
    [
        new("tydlig", "tydligt", "tydliga"),
        new("etablerad", "etablerat", "etablerade"),
        new("systematisk", "systematiskt", "systematiska"),
        new("välfungerande", "välfungerande", "välfungerande"),
        new("strukturerad", "strukturerat", "strukturerade"),
        new("genomarbetad", "genomarbetat", "genomarbetade"),
        new("ambitiös", "ambitiöst", "ambitiösa"),
        new("väl utvecklad", "väl utvecklat", "väl utvecklade"),
        new("aktiv", "aktivt", "aktiva"),
        new("kommunövergripande", "kommunövergripande", "kommunövergripande"),
        new("regelbunden", "regelbundet", "regelbundna"),
        new("väl förankrad", "väl förankrat", "väl förankrade"),
    ];

    /// <summary>Adjectives for what should become better ("Mer systematisk …").</summary>
    public static readonly IReadOnlyList<Adjective> Wanted =
    [
        new("systematisk", "systematiskt", "systematiska"),
        new("samordnad", "samordnat", "samordnade"),
        new("enhetlig", "enhetligt", "enhetliga"),
        new("konsekvent", "konsekvent", "konsekventa"),
        new("tydlig", "tydligt", "tydliga"),
        new("strategisk", "strategiskt", "strategiska"),
    ];

    /// <summary>Adverbs of manner for "arbetar … med".</summary>
    public static readonly IReadOnlyList<string> Manners =
        ["systematiskt", "aktivt", "strategiskt", "målmedvetet", "strukturerat", "framgångsrikt", "medvetet"];

    /// <summary>Passive verb phrases that need no agreement ("genomförs regelbundet").</summary>
    public static readonly IReadOnlyList<string> Passives =
    [
        "genomförs regelbundet", "följs upp årligen", "redovisas för KS", "används aktivt i verksamheterna",
        "har utvecklats under senare år", "sker systematiskt", "samordnas centralt", "har fått stort genomslag",
        "följs upp på alla nivåer", "redovisas öppet på webben", "prioriteras av kommunledningen",
    ];

    /// <summary>Imperative verbs that open an improvement, with the object they govern.</summary>
    public static readonly IReadOnlyList<string> Imperatives =
        ["Utveckla", "Förtydliga", "Se över", "Stärk", "Samordna", "Dokumentera", "Vidareutveckla", "Systematisera"];

    /// <summary>Ways to say "keep developing".</summary>
    public static readonly IReadOnlyList<string> Continue =
        ["Fortsätt utveckla", "Fortsätta att utveckla", "Fortsätt arbetet med", "Fortsätta den positiva utvecklingen av"];

    /// <summary>Who results are reported to.</summary>
    public static readonly IReadOnlyList<string> Recipients =
        ["KS", "KF", "nämnderna", "kommunstyrelsen", "de förtroendevalda", "invånarna", "ledningsgruppen"];

    /// <summary>How often.</summary>
    public static readonly IReadOnlyList<string> Frequencies =
        ["årligen", "varje år", "minst två gånger per år", "löpande", "i samband med delårsrapporten", "i bokslutet", "varje tertial"];

    /// <summary>Administrations named in findings.</summary>
    public static readonly IReadOnlyList<string> Administrations =
    [
        "socialförvaltningen", "barn- och utbildningsförvaltningen", "samhällsbyggnadsförvaltningen",
        "kultur- och fritidsförvaltningen", "vård- och omsorgsförvaltningen", "tekniska förvaltningen",
    ];

    /// <summary>Short second sentences that end an improvement.</summary>
    public static readonly IReadOnlyList<string> ImprovementTails =
    [
        "Vad ska uppnås?", "Utbilda?", "Följ upp resultaten.", "Jämför med andra kommuner.", "Inte enhetligt idag.",
        "Symbolvärde.", "Vem ansvarar?", "Sätt mätbara mål.", "Redovisa resultaten öppet.",
    ];

    /// <summary>Short second sentences that end a strength.</summary>
    public static readonly IReadOnlyList<string> StrengthTails =
    [
        "Gott exempel för andra kommuner.", "Uppskattas av medarbetarna.", "Resultaten används i verksamhetsplaneringen.",
        "Arbetet är väl känt i organisationen.", "Har uppmärksammats nationellt.", "Följs upp av KS.",
    ];

    /// <summary>Sentences any ALLMÄNT paragraph may end with.</summary>
    public static readonly IReadOnlyList<string> GeneralClosings =
    [
        "Det är detta perspektiv som utvärderas inom området.",
        "Bedömningen avser hur kommunen arbetar, inte verksamhetens resultat i sig.",
        "Utvärderarna har tagit del av styrdokument, kommunens webbplats och intervjuer med politiker och tjänstemän.",
        "Nedan redovisas de styrkor och förbättringsområden som utvärderarna har identifierat.",
    ];
}
