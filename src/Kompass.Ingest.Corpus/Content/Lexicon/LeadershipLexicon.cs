namespace Kompass.Ingest.Corpus.Content.Lexicon;

/// <summary>Leadership, responsibility and delegation.</summary>
public static class LeadershipLexicon
{
    /// <summary>The vocabulary.</summary>
    public static readonly TopicLexicon Value = new()
    {
        Topic = Topic.Leadership,
        Terms =
        [
            new("ledarutveckling", Gender.Common), new("ledarskapsprogram", Gender.Neuter, "UGL"), new("chefsträffar", Gender.Plural),
            new("chefsuppdrag", Gender.Plural), new("tvärsektoriellt samarbete", Gender.Neuter), new("delegationsordning", Gender.Common),
            new("chefsavtal", Gender.Plural), new("mentorprogram för nya chefer", Gender.Neuter), new("chefsintroduktion", Gender.Common),
            new("chefsforum", Gender.Neuter), new("resultatansvar för enheterna", Gender.Neuter), new("ledningsgrupper på alla nivåer", Gender.Plural),
            new("ledarskapspolicy", Gender.Common), new("ledarpolicy", Gender.Common), new("ledarkriterier", Gender.Plural),
            new("chefsdagar", Gender.Plural), new("ledarforum", Gender.Neuter), new("chefshandledning", Gender.Common),
            new("förvaltningsövergripande projekt", Gender.Plural), new("samarbete över förvaltningsgränserna", Gender.Neuter), new("tvärgrupper", Gender.Plural),
            new("projektmodell", Gender.Common), new("projektportfölj", Gender.Common), new("uppdragsdialoger med cheferna", Gender.Plural),
            new("chefsöverenskommelser", Gender.Plural), new("ledarskapsutbildning", Gender.Common), new("aspirantprogram för blivande chefer", Gender.Neuter),
            new("decentralisering", Gender.Common), new("budgetansvar för enhetscheferna", Gender.Neuter), new("personalansvar för enhetscheferna", Gender.Neuter),
            new("frihet under ansvar", Gender.Common), new("kommunledningens kommunikation", Gender.Common), new("chefsnyhetsbrev", Gender.Neuter),
            new("ledningsträffar", Gender.Plural), new("chefsenkäter", Gender.Plural), new("ledarskapsutvärdering", Gender.Common),
            new("360-graders återkoppling", Gender.Common), new("chefshandbok", Gender.Common), new("chefsstöd", Gender.Neuter),
            new("utvecklingsplan för chefer", Gender.Common), new("begränsning av antalet medarbetare per chef", Gender.Common), new("coachning av chefer", Gender.Common),
            new("ledarnätverk", Gender.Neuter), new("verksamhetsansvar", Gender.Neuter), new("ledningsfilosofi", Gender.Common),
        ],
        Activities =
        [
            "låta enheterna själva disponera ett överskott", "ge varje chef ett skriftligt uppdrag med tydliga förväntningar",
            "samla alla chefer flera gånger per år", "följa upp hur cheferna lever upp till förväntningarna",
            "arbeta över förvaltningsgränserna kring barn och unga", "ta tillvara medarbetare som vill bli chefer",
            "ge nya chefer en mentor under första året", "föra ut kommunledningens budskap till alla arbetsplatser",
            "delegera beslut så nära verksamheten som möjligt", "ge enhetscheferna mandat över personal och budget",
            "begränsa antalet medarbetare per chef", "utvärdera cheferna med stöd av medarbetarnas synpunkter",
            "hålla samman gemensamma projekt som rör flera förvaltningar", "kommunicera ledningens beslut och bakgrunden till dem",
            "stödja cheferna när de leder förändring", "utse ansvariga för frågor som berör flera nämnder",
            "ge cheferna regelbunden handledning", "sprida ansvar och befogenheter i organisationen",
            "se till att cheferna får samma information samtidigt", "ta tillvara erfarna chefers kunskap när nya chefer introduceras",
        ],
        Actors =
        [
            "Kommundirektören", "Kommunledningsgruppen", "Cheferna", "Förvaltningscheferna",
            "HR-avdelningen", "Kommunledningen", "Enhetscheferna", "Ledningsgruppen",
        ],
        Qualifiers =
        [
            "för alla chefer", "inom enhetens budget", "mellan förvaltningarna", "med tydliga förväntningar",
            "terminsvis", "för blivande chefer", "på enhetsnivå", "för första linjens chefer",
            "i hela chefsleden", "mellan kommunledning och enheter",
        ],
        Examples =
        [
            "gemensamma chefsdagar", "ledarskapsforum", "360-graders återkoppling", "chefsprogram i samverkan med grannkommunerna",
            "traineeprogram för blivande chefer", "chefshandbok", "frukostmöten för chefer", "chefsbrev från kommundirektören",
            "gemensamt projekt för barn och unga",
        ],
        Purposes =
        [
            "för att hitta och utveckla framtida chefer", "för att stärka helhetssynen",
            "för att ge cheferna mandat att leda", "för att cheferna ska känna sig trygga i sin roll",
            "för att besluten ska fattas nära verksamheten", "för att bryta stuprören mellan förvaltningarna",
        ],
        Outcomes =
        [
            "cheferna kan ta fullt ansvar för sina enheter", "enheterna får behålla en del av ett överskott",
            "samarbetet över förvaltningsgränserna fungerar", "uppdraget blir tydligt för varje chef",
            "alla chefer får samma budskap", "nya chefer kommer snabbt in i rollen",
        ],
        General =
        [
            "I svenska kommuner uppstår ibland en kraftmätning mellan de centrala funktionerna och facknämnderna.",
            "Detta återspeglas ofta inom förvaltningsorganisationen där förvaltningsövergripande system ställs mot förvaltningsspecifika.",
            "Samma mönster återfinns inom respektive förvaltning när det gäller fördelningen av frihet och ansvar mellan ledning och resultatenheter.",
            "Det optimala är att hitta en fruktbar balans mellan central ledning och lokal frihet under ansvar.",
            "Ett tydligt chefsuppdrag och en medveten ledarutveckling är förutsättningar för att delegeringen ska fungera.",
        ],
    };
}
