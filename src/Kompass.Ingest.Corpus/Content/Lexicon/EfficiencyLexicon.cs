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
            new("jämförelser med andra kommuner", Gender.Plural), new("nyckeltal", Gender.Plural), new("kostnadsuppföljning", Gender.Common),
            new("processkartläggning", Gender.Common), new("budgetmodell", Gender.Common), new("resursfördelningsmodell", Gender.Common),
            new("extern samverkan", Gender.Common), new("konkurrensprövning", Gender.Common), new("volym- och kvalitetsmått", Gender.Plural),
            new("Kolada-jämförelser", Gender.Plural), new("benchmarking", Gender.Common), new("verksamhetsuppföljning", Gender.Common),
            new("produktivitetsmått", Gender.Plural), new("gemensam upphandling", Gender.Common), new("effektiviseringsplan", Gender.Common),
            new("rationaliseringsmål", Gender.Plural), new("kostnadsanalys", Gender.Common), new("kostnadsjämförelser", Gender.Plural),
            new("prognosuppföljning", Gender.Common), new("månadsprognoser", Gender.Plural), new("ekonomistyrning", Gender.Common),
            new("resultatanalys", Gender.Common), new("avvikelseanalys", Gender.Common), new("ekonomisk uppföljning", Gender.Common),
            new("kvalitetsindikatorer", Gender.Plural), new("resursanvändning", Gender.Common), new("standardkostnader", Gender.Plural),
            new("internprissättning", Gender.Common), new("interkommunalt samarbete", Gender.Neuter), new("gemensam nämnd", Gender.Common),
            new("kommunalförbund", Gender.Neuter), new("avtal om interkommunal samverkan", Gender.Neuter), new("analys av kostnadsutveckling", Gender.Common),
            new("produktivitetsutveckling", Gender.Common), new("ekonomiska rapporter till nämnderna", Gender.Plural), new("kostnadsmedvetenhet", Gender.Common),
            new("kostnad per invånare", Gender.Neuter), new("resultatmått", Gender.Plural), new("digitalisering av arbetsprocesser", Gender.Common),
            new("automatisering av administrativa flöden", Gender.Common), new("kontroll av attester och utbetalningar", Gender.Common), new("lokaleffektivisering", Gender.Common),
            new("volymbaserad resursfördelning", Gender.Common), new("prisjämförelse", Gender.Common),
        ],
        Activities =
        [
            "räkna fram vad en plats i förskolan kostar jämfört med andra kommuner", "ställa kostnader mot kvalitet när budgeten läggs",
            "upptäcka budgetavvikelser tidigt under året", "dela IT-drift och växel med grannkommunerna",
            "använda öppna data för att se var verksamheten är dyr", "pröva om en tjänst kan utföras billigare av någon annan",
            "analysera varför kostnaderna skiljer sig mellan enheterna", "se över arbetssätten så att onödiga moment försvinner",
            "beskriva vad man får för pengarna i budgetdokumentet", "förklara för medarbetarna hur resurserna fördelas",
            "låta volymförändringar styra enheternas budget", "samla prognoser från alla enheter varje månad",
            "minska lokalytan per elev och brukare", "ta fram underlag som gör det möjligt att jämföra verksamheter över tid",
            "kontrollera att utbetalningar och attester sker korrekt", "samarbeta med andra huvudmän för att hålla nere kostnaderna",
            "göra ekonomin begriplig för enhetscheferna", "prioritera det som ger mest nytta per krona",
            "digitalisera återkommande administrativa moment", "diskutera resursförbrukning och prestationer vid varje nämndmöte",
        ],
        Actors =
        [
            "Ekonomiavdelningen", "Förvaltningarna", "Kommunledningen", "Controllerna",
            "Ekonomicheferna", "Kommunen", "Ekonomistaben", "Upphandlingsenheten",
        ],
        Qualifiers =
        [
            "i budgetprocessen", "mellan enheter och över tid", "med andra kommuner", "på kommunnivå",
            "kopplat till kostnaderna", "i samband med bokslutet", "per enhet och verksamhet", "inom ramen för budgeten",
            "i varje månadsuppföljning", "i förhållande till kostnaden",
        ],
        Examples =
        [
            "KKiK", "öppna jämförelser", "Kolada", "kostnad per brukare",
            "gemensam upphandling med grannkommunerna", "samverkan kring IT-drift", "gemensam lönenämnd", "kostnad per elev",
            "gemensam räddningstjänst", "robotiserad fakturahantering",
        ],
        Purposes =
        [
            "för att effektivisera verksamheten", "för att koppla ihop ekonomi och verksamhet",
            "för att få mer kvalitet för pengarna", "för att kunna mäta resultat och effektivitet",
            "för att hålla budgeten", "för att frigöra resurser till kärnverksamheten",
        ],
        Outcomes =
        [
            "resurser och prestationer kan jämföras", "kvaliteten kan ställas i relation till kostnaden",
            "avvikelser upptäcks i tid", "kostnaderna ligger i nivå med jämförbara kommuner",
            "varje enhet vet vad dess tjänster kostar", "budgeten följer volymerna",
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
