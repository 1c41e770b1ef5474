namespace Kompass.Ingest.Corpus.Content.Lexicon;

/// <summary>Accessibility, treatment of users, service information.</summary>
public static class UserFocusLexicon
{
    /// <summary>The vocabulary.</summary>
    public static readonly TopicLexicon Value = new()
    {
        Topic = Topic.UserFocus,
        Terms =
        [
            new("brukarundersökningar", Gender.Plural), new("synpunktshantering", Gender.Common), new("servicedeklarationer", Gender.Plural),
            new("kontaktcenter", Gender.Neuter), new("tillgänglighetsmätningar", Gender.Plural), new("bemötandeutbildning", Gender.Common),
            new("e-tjänster", Gender.Plural), new("valfrihetssystem", Gender.Neuter, "LOV"), new("servicepolicy", Gender.Common),
            new("klagomålshantering", Gender.Common), new("kvalitetsgarantier", Gender.Plural), new("mätning av telefontillgänglighet", Gender.Common),
            new("brukarråd", Gender.Plural), new("servicegarantier", Gender.Plural), new("kundtjänst", Gender.Common),
            new("medborgarkontor", Gender.Neuter), new("servicecenter", Gender.Neuter), new("brukarenkät", Gender.Common),
            new("nöjdkundmätningar", Gender.Plural, "NKI"), new("nöjdhetsmätning", Gender.Common), new("åtagandedeklarationer", Gender.Plural),
            new("bemötandepolicy", Gender.Common), new("tillgänglighetsanpassning", Gender.Common), new("service i växeln", Gender.Common),
            new("svarstid på e-post", Gender.Common), new("öppettider anpassade till brukarna", Gender.Plural), new("kundval", Gender.Neuter),
            new("fritt val av utförare", Gender.Neuter), new("tjänstebeskrivning", Gender.Common), new("tjänstegarantier", Gender.Plural),
            new("brukarmedverkan", Gender.Common), new("lättläst information", Gender.Common), new("tolkservice", Gender.Common),
            new("brukarinflytande", Gender.Neuter), new("service på flera språk", Gender.Common), new("anonyma bemötandetester", Gender.Plural),
            new("felanmälan", Gender.Common), new("handläggningstid", Gender.Common), new("individuell genomförandeplan", Gender.Common),
            new("kundfokus", Gender.Common), new("brukarorientering", Gender.Common), new("servicetänkande", Gender.Neuter),
            new("klagomålsrutin", Gender.Common), new("synpunktskort", Gender.Plural), new("webbtillgänglighet", Gender.Common),
            new("värdegrund för bemötande", Gender.Common),
        ],
        Activities =
        [
            "svara på e-post från invånarna inom två arbetsdagar", "fråga de äldre i hemtjänsten vad de tycker om hjälpen",
            "tala om för föräldrarna vad de kan förvänta sig av förskolan", "ta hand om klagomål och visa vad de lett till",
            "göra lokalerna lätta att besöka för personer med rullstol", "låta brukarna välja utförare",
            "ge alla som ringer ett vänligt och korrekt svar", "förklara vad en insats innehåller innan den beviljas",
            "ta reda på hur nöjda eleverna och vårdtagarna är", "jämföra enheternas enkätsvar med varandra",
            "samla in och analysera vad brukarna tycker", "utgå från brukarens behov i varje möte",
            "hålla öppet när invånarna har möjlighet att komma", "skriva beslut och brev så att mottagaren förstår dem",
            "lösa de flesta ärenden redan vid första kontakten", "låta de boende på äldreboendet påverka vardagen",
            "lova en viss servicenivå och hålla löftet", "publicera information om tjänsterna på flera språk",
            "ge snabb återkoppling när någon anmält ett fel", "göra webbplatsen enkel att använda för alla",
        ],
        Actors =
        [
            "Kontaktcenter", "Socialförvaltningen", "Barn- och utbildningsförvaltningen", "Förvaltningarna",
            "Kommunen", "Medborgarservice", "Hemtjänsten", "Omsorgsförvaltningen",
        ],
        Qualifiers =
        [
            "inom äldreomsorgen", "inom förskola och skola", "utifrån brukarnas behov", "på webben",
            "via kontaktcenter", "med tydliga svarstider", "för personer med funktionsnedsättning", "inom hemtjänsten",
            "i alla kundmöten", "inom individ- och familjeomsorgen", "för vårdnadshavare",
        ],
        Examples =
        [
            "mätning av svarstider i telefon", "öppna jämförelser", "hemtjänst enligt LOV", "servicegarantier inom bygglov",
            "NKI-mätningar", "anhörigträffar", "lättläst information om tjänsterna", "skolval på webben",
            "synpunktsformulär i appen", "kvällsöppet på medborgarkontoret",
        ],
        Purposes =
        [
            "för att öka andelen nöjda brukare", "för att förbättra bemötandet",
            "för att korta handläggningstiderna", "för att ta tillvara brukarnas synpunkter",
            "för att brukarna ska veta vad de kan kräva", "för att göra tjänsterna tillgängliga för alla",
        ],
        Outcomes =
        [
            "brukarna vet vad de kan förvänta sig", "synpunkter och klagomål leder till förbättringar",
            "svaren kan jämföras mellan enheter", "alla brukare får samma goda bemötande",
            "ärendena blir lösta vid första kontakten", "brukarna kan välja utförare på goda grunder",
        ],
        General =
        [
            "Med brukarorientering avses att kommunen har ett gemensamt förhållningssätt till sina brukare, exempelvis elever och äldre med vård och omsorg.",
            "Hög tillgänglighet och ett gott bemötande är viktiga kvalitetsaspekter i ett sådant förhållningssätt.",
            "Att vara tydlig med vad brukarna kan förvänta sig i form av tjänster är ytterligare en viktig aspekt.",
            "Många gånger beror missnöje hos brukare på att verksamheten inte har klargjort vad kommunens tjänster ska innehålla.",
            "Tydlig information om tjänsterna och möjlighet för brukarna att tycka till brukar leda till en större andel nöjda brukare.",
            "Brukarundersökningar och en fungerande synpunktshantering ger underlag för att utveckla tjänsterna.",
        ],
    };
}
