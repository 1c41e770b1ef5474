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
            new("kvalitetsledningssystem", Gender.Neuter), new("innovationsarbete", Gender.Neuter), new("spridning av goda exempel", Gender.Common),
            new("kvalitetsstrategi", Gender.Common), new("förslagsverksamhet", Gender.Common), new("lean-arbete", Gender.Neuter),
            new("självvärdering", Gender.Common), new("förbättringsgrupper", Gender.Plural), new("kvalitetsrevisioner", Gender.Plural),
        ],
        Actors = ["Kvalitetsnätverket", "Utvecklingsenheten", "Förvaltningarna", "Kommunen", "Verksamheterna", "Kvalitetssamordnarna"],
        Qualifiers =
        [
            "med representanter från alla förvaltningar", "inom samtliga verksamheter", "i vardagen", "genom jämförelser och studiebesök",
            "på enhetsnivå", "utifrån brukarnas synpunkter", "med stöd av en gemensam metod",
        ],
        Examples =
        [
            "kvalitetsdagar", "innovationspris", "förbättringstavlor", "studiebesök i andra kommuner", "SKL:s kvalitetsnätverk",
            "kvalitetsutmärkelse", "idéslussar",
        ],
        Purposes =
        [
            "för att fånga medarbetarnas kreativitet", "för att lära av andra", "för att skapa kontinuerliga förbättringar",
            "för att göra kvalitetsarbetet till en del av vardagen",
        ],
        Outcomes =
        [
            "goda exempel sprids internt", "avvikelser leder till förbättringar", "kvalitetsarbetet länkas till styrsystemet",
            "medarbetarnas idéer tas tillvara",
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
