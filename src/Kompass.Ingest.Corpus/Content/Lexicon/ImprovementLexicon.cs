namespace Kompass.Ingest.Corpus.Content.Lexicon;

/// <summary>Quality work, learning and continuous improvement.</summary>
public static class ImprovementLexicon
{
    /// <summary>The vocabulary.</summary>
    public static readonly TopicLexicon Value = new()
    {
        Topic = Topic.Improvement,
        Terms =
        [
            new("kvalitetsarbete", Gender.Neuter), new("kvalitetsnätverk", Gender.Neuter), new("avvikelsehantering", Gender.Common),
            new("omvärldsspaning", Gender.Common), new("förbättringsarbete", Gender.Neuter), new("processorientering", Gender.Common),
            new("kvalitetsledningssystem", Gender.Neuter), new("innovationsarbete", Gender.Neuter), new("förslagsverksamhet", Gender.Common),
            new("lean-arbete", Gender.Neuter), new("självvärdering", Gender.Common), new("förbättringsgrupper", Gender.Plural),
            new("kvalitetsrevisioner", Gender.Plural), new("kvalitetspolicy", Gender.Common), new("kvalitetsmodell", Gender.Common),
            new("verksamhetsutveckling", Gender.Common), new("ständiga förbättringar", Gender.Plural), new("förbättringstavlor", Gender.Plural),
            new("idébank", Gender.Common), new("innovationsfond", Gender.Common), new("innovationssluss", Gender.Common),
            new("riskanalys", Gender.Common), new("egenkontroll", Gender.Common), new("kvalitetsdialoger", Gender.Plural),
            new("kvalitetsredovisning", Gender.Common), new("processledning", Gender.Common), new("processägare", Gender.Plural),
            new("kvalitetsutmärkelser", Gender.Plural), new("pris för årets förbättring", Gender.Neuter), new("studiebesök", Gender.Plural),
            new("lärande organisation", Gender.Common), new("lärande nätverk", Gender.Plural), new("erfarenhetsutbyten med andra kommuner", Gender.Plural),
            new("kvalitetsutveckling", Gender.Common), new("kvalitetssamordning", Gender.Common), new("tjänstedesign", Gender.Common),
            new("förbättringsmodell", Gender.Common), new("förbättringsverktyg", Gender.Plural), new("utvecklingsprojekt", Gender.Plural),
            new("försöksverksamhet", Gender.Common), new("orsaksanalys", Gender.Common), new("kvalitetscertifiering", Gender.Common, "ISO"),
            new("hackathons", Gender.Plural), new("idéverkstäder", Gender.Plural), new("metodutveckling", Gender.Common),
        ],
        Activities =
        [
            "lära av misstag genom att analysera varför de uppstod", "ta vara på medarbetarnas idéer om nya arbetssätt",
            "se hur andra kommuner löser samma uppgifter", "pröva nya lösningar i liten skala innan de införs brett",
            "beskriva och förbättra flödet från ansökan till beslut", "belöna personal som kommit med förbättringsförslag",
            "ge enheterna en gemensam metod för att förbättra sitt arbete", "låta brukarna vara med och forma nya tjänster",
            "dokumentera vad som fungerar och föra det vidare till andra enheter", "göra förbättringar till en del av vardagen på arbetsplatserna",
            "avsätta tid för medarbetare att utveckla nya idéer", "granska den egna verksamheten mot en kvalitetsmodell",
            "rapportera och åtgärda fel och brister snabbt", "samla alla förvaltningars förbättringsarbete i ett system",
            "följa forskning och nya rön inom de egna verksamheterna", "ta hjälp av högskolor i utvecklingsarbetet",
            "låta resultaten från förbättringsarbetet påverka nästa års planering", "fånga upp signaler om vad som inte fungerar",
            "utbilda medarbetare i förbättringsmetoder", "mäta om förändringarna gav avsedd effekt",
        ],
        Actors =
        [
            "Kvalitetsnätverket", "Utvecklingsenheten", "Förvaltningarna", "Kommunen",
            "Verksamheterna", "Kvalitetssamordnarna", "Utvecklingsledarna", "Arbetsplatserna",
        ],
        Qualifiers =
        [
            "inom samtliga verksamheter", "i vardagen", "genom jämförelser och studiebesök", "på enhetsnivå",
            "utifrån brukarnas synpunkter", "med stöd av en gemensam metod", "i varje arbetslag", "över förvaltningsgränserna",
            "med hjälp av enkla verktyg", "tillsammans med forskare",
        ],
        Examples =
        [
            "kvalitetsdagar", "innovationspris", "förbättringstavlor", "studiebesök i andra kommuner",
            "SKR:s kvalitetsnätverk", "kvalitetsutmärkelse", "idéslussar", "lean i hemtjänsten",
            "månadens förbättring på intranätet", "samarbete med högskolan",
        ],
        Purposes =
        [
            "för att ta tillvara medarbetarnas idéer", "för att lära av andra",
            "för att verksamheten hela tiden ska bli bättre", "för att göra kvalitetsarbetet till en del av vardagen",
            "för att hitta orsaken till fel", "för att pröva nya arbetssätt",
        ],
        Outcomes =
        [
            "lyckade arbetssätt förs vidare mellan enheter", "avvikelser leder till förbättringar",
            "förbättringsarbetet syns i planeringen", "medarbetarnas idéer tas tillvara",
            "samma fel inte upprepas", "nya arbetssätt prövas innan de införs",
        ],
        General =
        [
            "Inom näringslivet har det sedan mitten av 1900-talet funnits ett otal system för att bedriva kvalitetsarbete.",
            "Kvalitetsarbete är i de flesta fall synonymt med att på ett strukturerat sätt arbeta för kontinuerliga förbättringar.",
            "TQM, EFQM, ISO och LEAN är alla standarder eller system för detta förbättringsarbete.",
            "I den kommunala världen har kvalitetsarbete ofta förekommit som enskilda öar knutna till vissa verksamheter.",
            "En framgångsfaktor är att det system som används tydligt länkar till kommunens styr- och uppföljningssystem.",
        ],
    };
}
