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
            new("ledarutveckling", Gender.Common), new("ledarutvecklingsprogram", Gender.Neuter, "LUP"), new("chefsträffar", Gender.Plural),
            new("chefsuppdrag", Gender.Plural), new("kravprofil för chefer", Gender.Common), new("tvärsektoriellt samarbete", Gender.Neuter),
            new("delegationsordning", Gender.Common), new("chefsavtal", Gender.Plural), new("mentorprogram för nya chefer", Gender.Neuter),
            new("chefsintroduktion", Gender.Common), new("chefsforum", Gender.Neuter), new("ledarskapsprogram", Gender.Neuter, "UGL"),
            new("resultatansvar för enheterna", Gender.Neuter), new("ledningsgrupper på alla nivåer", Gender.Plural),
            new("medarbetarskapsprogram", Gender.Neuter),
        ],
        Actors = ["Kommundirektören", "Kommunledningsgruppen", "Cheferna", "Förvaltningscheferna", "HR-avdelningen", "Kommunledningen"],
        Qualifiers =
        [
            "för alla chefer", "inom tilldelad budgetram", "mellan förvaltningarna", "med tydliga förväntningar", "terminsvis",
            "för blivande chefer", "på enhetsnivå",
        ],
        Examples =
        [
            "gemensamma chefsdagar", "ledarskapsforum", "360-graders återkoppling", "chefsprogram i samverkan med grannkommunerna",
            "traineeprogram för blivande chefer", "chefshandbok",
        ],
        Purposes =
        [
            "för att identifiera och utveckla ledarämnen", "för att stärka helhetssynen", "för att ge cheferna mandat att leda",
            "för att uppmärksamma goda ledarprestationer",
        ],
        Outcomes =
        [
            "cheferna kan ta fullt ansvar för sina enheter", "enheterna själva kan hantera under- och överskott",
            "samarbetet över förvaltningsgränserna fungerar", "uppdraget blir tydligt för varje chef",
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
