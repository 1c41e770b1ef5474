namespace Kompass.Ingest.Corpus.Content.Lexicon;

/// <summary>Openness, information and dialogue with citizens.</summary>
public static class DemocracyLexicon
{
    /// <summary>The vocabulary.</summary>
    public static readonly TopicLexicon Value = new()
    {
        Topic = Topic.Democracy,
        Terms =
        [
            new("medborgardialog", Gender.Common), new("medborgarpaneler", Gender.Plural), new("e-förslag", Gender.Plural),
            new("webbsändningar av KF-sammanträden", Gender.Plural), new("information om politiska beslut", Gender.Common),
            new("allmänhetens frågestund i KF", Gender.Common), new("demokratiberedning", Gender.Common),
            new("medborgarundersökningar", Gender.Plural), new("ungdomsråd", Gender.Neuter),
            new("resultatredovisning till invånarna", Gender.Common), new("antikorruptionsarbete", Gender.Neuter),
            new("etiska riktlinjer", Gender.Plural), new("dialogforum", Gender.Plural), new("demokratiplan", Gender.Common),
            new("öppna nämndsammanträden", Gender.Plural), new("medborgarvänlig årsredovisning", Gender.Common),
            new("kommunikationspolicy", Gender.Common), new("medborgarförslag", Gender.Plural),
        ],
        Actors = ["Kommunikationsavdelningen", "Demokratiberedningen", "Kommunfullmäktige", "KF:s presidium", "Kommunledningen", "Kommunen"],
        Qualifiers =
        [
            "på kommunens webbplats", "inför viktiga beslut", "i tidiga skeden av beslutsprocessen", "med lättillgängligt språk",
            "i sociala medier", "för unga och nyanlända", "i alla kommundelar", "på flera språk",
        ],
        Examples =
        [
            "boendeseminarier", "rådslag om översiktsplanen", "öppna budgetsamråd", "ungdomsdialog i skolorna",
            "medborgarpanel om trygghet", "webbsänd frågestund", "dialogkvällar i kommundelarna",
        ],
        Purposes =
        [
            "för att öka invånarnas delaktighet", "för att stärka förtroendet för de förtroendevalda",
            "för att nå grupper som sällan deltar", "för att göra beslutsprocessen mer öppen",
        ],
        Outcomes =
        [
            "invånarna kan följa beslutsprocessen", "synpunkterna återkopplas till invånarna",
            "resultaten blir tillgängliga för alla", "fler invånare kan delta i dialogen",
        ],
        General =
        [
            "En kommun är en politiskt styrd organisation och det är de förtroendevaldas ansvar att ta till sig invånarnas åsikter.",
            "Det handlar inte bara om att förvalta det valprogram som lagts fram inför valet, utan om att göra medborgarna delaktiga i beslutsprocessen.",
            "I detta sammanhang gäller det både att vara lyhörd och öppen för diskussion innan beslut fattas och att sprida information om de beslut som har fattats.",
            "Öppenhet och insyn är grundläggande för förtroendet för den offentliga sektorn.",
            "Partiarbete som sker vid sidan av kommunorganisationen utvärderas inte i Kommunkompassen.",
            "Området omfattar också hur kommunen arbetar för att motverka korruption och skapa tillit genom en hög etisk standard.",
            "Information om kommunens resultat gör det möjligt för invånarna att utkräva ansvar.",
        ],
    };
}
