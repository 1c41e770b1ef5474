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
        ["Fortsätt utveckla", "Fortsätt arbetet med", "Bygg vidare på", "Fördjupa arbetet med", "Håll fast vid och utveckla"];

    /// <summary>Verb frames that open a strength before an infinitive activity ("har lyckats …").</summary>
    public static readonly IReadOnlyList<string> StrengthFrames =
    [
        "har goda rutiner för att", "har lyckats", "lägger stor vikt vid att", "har hittat bra former för att",
        "har en tydlig ordning för att", "tar ett samlat ansvar för att", "har under flera år arbetat för att",
        "har gott stöd för att", "ser det som en självklarhet att", "har byggt upp en struktur för att",
    ];

    /// <summary>Imperative frames that open an improvement before an infinitive activity ("Hitta former för att …").</summary>
    public static readonly IReadOnlyList<string> ImprovementFrames =
    [
        "Hitta former för att", "Överväg att", "Fundera över hur kommunen kan", "Skapa en tydligare ordning för att",
        "Arbeta vidare med att", "Inför gemensamma rutiner för att", "Pröva att", "Gör det lättare att",
        "Ge förvaltningarna bättre stöd för att", "Börja", "Sätt upp mål för att",
    ];

    /// <summary>Qualifiers every area uses, which say nothing about the area.</summary>
    public static readonly IReadOnlyList<string> SharedQualifiers =
    [
        "i linje med kommunens övergripande mål", "med tydlig uppföljning", "i samverkan med andra kommuner",
        "enligt den strategi som fullmäktige antagit", "utifrån de politiska målen", "med regelbunden uppföljning och analys",
        "i samverkan mellan förvaltningarna", "som en del av styrmodellen", "med mätbara mål", "på strategisk nivå",
        "i hela organisationen", "utifrån en gemensam strategi",
    ];

    /// <summary>Nouns every area uses, to open a strength ("Uppföljningen kring …").</summary>
    public static readonly IReadOnlyList<string> SharedNouns =
        ["Strategin", "Uppföljningen", "Målarbetet", "Samverkan", "Planeringen", "Dialogen"];

    /// <summary>Who works together, after "samverkan" ("mellan förvaltningarna").</summary>
    public static readonly IReadOnlyList<string> Partners =
    [
        "mellan förvaltningarna", "med grannkommunerna", "med regionen", "över förvaltningsgränserna",
        "mellan politiker och tjänstemän", "med externa aktörer",
    ];

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
        "Vem äger frågan?", "Följ upp resultaten.", "Sätt mätbara mål.", "Redovisa resultaten öppet.", "Koppla till målen.",
        "Skillnaderna mellan förvaltningarna är stora.", "Behöver förankras.", "Ange vem som ansvarar.", "Ta stöd i strategin.",
        "Utvärdera efter ett år.",
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
