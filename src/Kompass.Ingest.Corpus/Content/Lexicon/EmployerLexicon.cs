namespace Kompass.Ingest.Corpus.Content.Lexicon;

/// <summary>The municipality as employer: staffing, pay, work environment, skills.</summary>
public static class EmployerLexicon
{
    /// <summary>The vocabulary.</summary>
    public static readonly TopicLexicon Value = new()
    {
        Topic = Topic.Employer,
        Terms =
        [
            new("kompetensförsörjning", Gender.Common), new("personalstrategi", Gender.Common), new("individuell lönesättning", Gender.Common),
            new("lönekartläggning", Gender.Common), new("arbetsmiljöarbete", Gender.Neuter, "SAM"), new("medarbetarundersökningar", Gender.Plural),
            new("kompetensbaserad rekrytering", Gender.Common), new("introduktion för nyanställda", Gender.Common),
            new("friskvårdsbidrag", Gender.Neuter), new("mångfaldsplan", Gender.Common), new("medarbetarsamtal", Gender.Plural),
            new("kompetensutvecklingsplaner", Gender.Plural), new("arbetsgivarvarumärke", Gender.Neuter),
            new("uppföljning av sjukfrånvaro", Gender.Common), new("lönekriterier", Gender.Plural), new("rekryteringsannonsering", Gender.Common),
        ],
        Actors = ["HR-avdelningen", "Personalavdelningen", "Cheferna", "Kommunen", "Förvaltningarna", "Personalutskottet"],
        Qualifiers =
        [
            "i dialog med de fackliga organisationerna", "för alla yrkesgrupper", "vid nyrekrytering", "kopplat till verksamhetens mål",
            "inför kommande pensionsavgångar", "på arbetsplatsnivå", "inom vård och omsorg",
        ],
        Examples =
        [
            "sommarjobb för ungdomar", "traineeprogram för socionomer", "lönekriterier per yrkesgrupp", "friskvårdstimme",
            "heltid som norm", "rekrytering via sociala medier",
        ],
        Purposes =
        [
            "för att attrahera och behålla medarbetare", "för att möta kommande pensionsavgångar",
            "för att framstå som en attraktiv arbetsgivare", "för att minska sjukfrånvaron",
        ],
        Outcomes =
        [
            "lönesättningen stödjer verksamhetens mål", "medarbetarna känner till lönekriterierna",
            "kompetensbehoven är kända på lång sikt", "nyanställda får en likvärdig introduktion",
        ],
        General =
        [
            "I ett framtidsperspektiv är en stark och tydlig personalpolitik av största vikt.",
            "Svenska kommuner står inför stora rekryteringsbehov på grund av bland annat omfattande pensionsavgångar.",
            "Eftersom den offentliga sektorn har svårt att konkurrera med löner måste kommunen skapa arbetsplatser som attraherar ny personal.",
            "Samtidigt gäller det att stimulera befintlig personal att stanna och utvecklas.",
            "Ett systematiskt arbetsmiljöarbete och en lönesättning som belönar goda prestationer är viktiga delar i detta.",
        ],
    };
}
