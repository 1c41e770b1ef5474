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
            new("kompetensbaserad rekrytering", Gender.Common), new("introduktion för nyanställda", Gender.Common), new("friskvårdsbidrag", Gender.Neuter),
            new("mångfaldsplan", Gender.Common), new("medarbetarsamtal", Gender.Plural), new("kompetensutvecklingsplaner", Gender.Plural),
            new("arbetsgivarvarumärke", Gender.Neuter), new("uppföljning av sjukfrånvaro", Gender.Common), new("lönekriterier", Gender.Plural),
            new("rekryteringsprocess", Gender.Common), new("personalpolicy", Gender.Common), new("personalpolitiskt program", Gender.Neuter),
            new("lönesamtal", Gender.Plural), new("lönepolicy", Gender.Common), new("kompetensinventering", Gender.Common),
            new("rehabilitering", Gender.Common), new("företagshälsovård", Gender.Common), new("arbetsmiljöpolicy", Gender.Common),
            new("skyddsronder", Gender.Plural), new("jämställdhetsplan", Gender.Common), new("likabehandlingsplan", Gender.Common),
            new("heltidsresa", Gender.Common), new("avgångssamtal", Gender.Plural), new("karriärvägar", Gender.Plural),
            new("traineeprogram", Gender.Neuter), new("sommarjobb för studenter", Gender.Plural), new("praktikplatser", Gender.Plural),
            new("medarbetarenkät", Gender.Common), new("hälsoprofil", Gender.Common), new("friskvårdsaktiviteter", Gender.Plural),
            new("lokalt samverkansavtal", Gender.Neuter), new("policy mot kränkande särbehandling", Gender.Common), new("löneöversyn", Gender.Common),
            new("förmåner", Gender.Plural), new("förmånsportal", Gender.Common), new("kompetensmodell", Gender.Common),
            new("personalomsättning", Gender.Common), new("bemanningsplanering", Gender.Common), new("arbetstidsmodell", Gender.Common),
            new("validering av yrkeskunskaper", Gender.Common),
        ],
        Activities =
        [
            "behålla erfarna medarbetare i yrken där det är svårt att rekrytera", "ta reda på varför medarbetare slutar",
            "koppla lönen till hur väl medarbetaren bidrar till verksamhetens mål", "planera för kommande pensionsavgångar",
            "erbjuda heltid till alla som vill", "minska korttidsfrånvaron",
            "upptäcka ohälsa tidigt och ge stöd tillbaka i arbete", "ta emot nyanställda på ett likvärdigt sätt",
            "locka unga att söka sig till vård och skola", "se till att personalen speglar befolkningens sammansättning",
            "visa upp kommunen som arbetsplats på mässor och i sociala medier", "ge varje medarbetare en egen plan för sin utveckling",
            "förklara för medarbetarna vad som påverkar deras lön", "göra skyddsronder och åtgärda bristerna",
            "mäta hur medarbetarna trivs och agera på resultatet", "bedöma sökande utifrån kompetens snarare än magkänsla",
            "erbjuda karriärvägar för specialister", "jämna ut löneskillnader mellan kvinnor och män",
            "ge anställda möjlighet till friskvård på arbetstid", "involvera arbetstagarorganisationerna tidigt vid förändringar",
        ],
        Actors =
        [
            "HR-avdelningen", "Personalavdelningen", "Cheferna", "Kommunen",
            "Förvaltningarna", "Personalutskottet", "Arbetsgivaren", "Lönefunktionen",
        ],
        Qualifiers =
        [
            "i dialog med arbetstagarorganisationerna", "för alla yrkesgrupper", "vid nyanställning", "kopplat till verksamhetens mål",
            "inför kommande pensionsavgångar", "på arbetsplatsnivå", "inom vård och omsorg", "för bristyrken",
            "för medarbetare med utländsk bakgrund", "under anställningens första år",
        ],
        Examples =
        [
            "sommarjobb för ungdomar", "traineeprogram för socionomer", "lönekriterier per yrkesgrupp", "friskvårdstimme",
            "heltid som norm", "rekrytering via sociala medier", "mentorer för nyanställda", "karriärtjänster för lärare",
            "gemensam introduktionsdag", "arbetsmiljöutbildning för skyddsombud",
        ],
        Purposes =
        [
            "för att attrahera och behålla medarbetare", "för att möta kommande pensionsavgångar",
            "för att framstå som en attraktiv arbetsgivare", "för att minska sjukfrånvaron",
            "för att medarbetarna ska kunna växa i sitt arbete", "för att få en jämställd lönestruktur",
        ],
        Outcomes =
        [
            "lönesättningen stödjer verksamhetens mål", "medarbetarna känner till lönekriterierna",
            "kompetensbehoven är kända på lång sikt", "nyanställda får en likvärdig introduktion",
            "sjuktalen minskar", "fler medarbetare vill stanna",
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
