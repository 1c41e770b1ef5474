namespace Kompass.Ingest.Corpus.Content.Lexicon;

/// <summary>Results, costs, comparisons and efficiency.</summary>
public static class EfficiencyLexicon
{
    /// <summary>The vocabulary.</summary>
    public static readonly TopicLexicon Value = new()
    {
        Topic = Topic.Efficiency,
        Terms =
        [
            new("jämförelser med andra kommuner", Gender.Plural), new("nyckeltal", Gender.Plural), new("effektiviseringskrav", Gender.Neuter),
            new("kostnadsuppföljning", Gender.Common), new("processkartläggning", Gender.Common), new("budgetmodell", Gender.Common),
            new("resursfördelningsmodell", Gender.Common), new("extern samverkan", Gender.Common), new("konkurrensprövning", Gender.Common),
            new("resultatdialog", Gender.Common), new("volym- och kvalitetsmått", Gender.Plural), new("Kolada-jämförelser", Gender.Plural),
            new("benchmarking", Gender.Common), new("verksamhetsuppföljning", Gender.Common), new("produktivitetsmått", Gender.Plural),
            new("gemensam upphandling", Gender.Common),
        ],
        Actors = ["Ekonomiavdelningen", "Förvaltningarna", "Kommunledningen", "Controllerna", "Ekonomicheferna", "Kommunen"],
        Qualifiers =
        [
            "i budgetprocessen", "mellan enheter och över tid", "med andra kommuner", "på övergripande nivå", "kopplat till kostnaderna",
            "i samband med bokslutet", "på alla nivåer i organisationen",
        ],
        Examples =
        [
            "KKiK", "öppna jämförelser", "Kolada", "kostnad per brukare", "gemensam upphandling med grannkommunerna",
            "samverkan kring IT-drift", "gemensam lönenämnd",
        ],
        Purposes =
        [
            "för att effektivisera verksamheten", "för att koppla ihop ekonomi och verksamhet", "för att dela kostnader med andra",
            "för att kunna mäta resultat och effektivitet",
        ],
        Outcomes =
        [
            "resurser och resultat kan jämföras", "kvaliteten kan ställas i relation till kostnaden",
            "avvikelser upptäcks i tid", "resultatet står i fokus på alla nivåer",
        ],
        General =
        [
            "Området avser framför allt det arbete som sker inom förvaltningsorganisationen när det gäller uppföljning av verksamheten.",
            "Det gäller inte bara den ekonomiska uppföljningen utan även uppföljning av volym och kvalitet.",
            "Att koppla ihop ekonomistyrning med verksamhetsstyrning är den stora utmaning som svenska kommuner står inför.",
            "Det handlar i grunden om att kunna mäta resultat och effektivitet.",
            "Vad får invånarna för tjänst och vilken kvalitet håller tjänsten i relation till vad den kostar?",
            "Jämförelser med andra kommuner ger ett underlag för att pröva den egna effektiviteten.",
        ],
    };
}
