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
            new("värdegrundsarbete", Gender.Neuter), new("kontaktcenter", Gender.Neuter), new("tillgänglighetsmätningar", Gender.Plural),
            new("bemötandeutbildning", Gender.Common), new("e-tjänster", Gender.Plural), new("valfrihetssystem", Gender.Neuter, "LOV"),
            new("servicepolicy", Gender.Common), new("klagomålshantering", Gender.Common), new("kvalitetsgarantier", Gender.Plural),
            new("information om service och tjänster", Gender.Common), new("mätning av telefontillgänglighet", Gender.Common),
            new("brukarråd", Gender.Plural), new("servicegarantier", Gender.Plural),
        ],
        Actors = ["Kontaktcenter", "Socialförvaltningen", "Barn- och utbildningsförvaltningen", "Förvaltningarna", "Kommunen", "Medborgarservice"],
        Qualifiers =
        [
            "inom äldreomsorgen", "inom förskola och skola", "utifrån brukarnas behov", "på webben", "via kontaktcenter",
            "med tydliga svarstider", "för personer med funktionsnedsättning", "inom hemtjänsten",
        ],
        Examples =
        [
            "mätning av svarstider i växeln", "öppna jämförelser", "hemtjänst enligt LOV", "servicegarantier inom bygglov",
            "NKI-mätningar", "anhörigträffar", "lättläst information om tjänsterna",
        ],
        Purposes =
        [
            "för att öka andelen nöjda brukare", "för att förbättra bemötandet", "för att korta handläggningstiderna",
            "för att ta tillvara brukarnas synpunkter",
        ],
        Outcomes =
        [
            "brukarna vet vad de kan förvänta sig", "synpunkter och klagomål leder till förbättringar",
            "resultaten kan jämföras mellan enheter", "alla brukare får samma goda bemötande",
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
