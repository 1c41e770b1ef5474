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
            new("e-petitioner", Gender.Plural), new("invånardialog", Gender.Common), new("dialogmöten med invånarna", Gender.Plural),
            new("demokratiberedning", Gender.Common), new("ungdomsråd", Gender.Neuter), new("ungdomsfullmäktige", Gender.Neuter),
            new("antikorruptionsarbete", Gender.Neuter), new("etiska riktlinjer", Gender.Plural), new("uppförandekod för förtroendevalda", Gender.Common),
            new("visselblåsarfunktion", Gender.Common), new("utbildning i jäv och mutor", Gender.Common), new("dialogforum", Gender.Plural),
            new("demokratiplan", Gender.Common), new("demokratistrategi", Gender.Common), new("kommunikationspolicy", Gender.Common),
            new("medborgarförslag", Gender.Plural), new("informationspolicy", Gender.Common), new("sändningar av fullmäktiges möten", Gender.Plural),
            new("frågestund för allmänheten", Gender.Common), new("öppna fullmäktigemöten", Gender.Plural), new("kommunikationsplan", Gender.Common),
            new("nyhetsbrev till invånarna", Gender.Neuter), new("kommuntidning", Gender.Common), new("utbildning i offentlighet och sekretess", Gender.Common),
            new("öppen diarieföring", Gender.Common), new("publicering av nämndhandlingar", Gender.Common), new("redovisning av förtroendevaldas bisysslor", Gender.Common),
            new("regler för representation och gåvor", Gender.Plural), new("policy mot mutor", Gender.Common), new("medborgarundersökning", Gender.Common),
            new("närvaro i sociala medier", Gender.Common), new("digital anslagstavla", Gender.Common), new("delaktighetsmodell", Gender.Common),
            new("fokusgrupper med invånare", Gender.Plural), new("medborgarbudget", Gender.Common), new("demokratibokslut", Gender.Neuter),
            new("kampanj för ökat valdeltagande", Gender.Common), new("rådslag", Gender.Plural), new("insyn i beslutsprocessen", Gender.Common),
            new("öppenhet kring beslutsunderlag", Gender.Common), new("politiska samråd", Gender.Plural), new("ungdomsdialog", Gender.Common),
            new("klarspråksarbete", Gender.Neuter),
        ],
        Activities =
        [
            "låta invånarna tycka till innan nämnderna fattar beslut", "förklara fattade beslut på ett språk som alla förstår",
            "nå unga och nyanlända som sällan röstar", "berätta för invånarna vad som händer i fullmäktige",
            "återkoppla till dem som lämnat förslag", "göra det lätt att hitta protokoll och handlingar",
            "ge invånarna chans att ställa frågor direkt till politikerna", "förebygga mutor och jäv bland anställda och förtroendevalda",
            "utbilda nya förtroendevalda i etik och offentlighet", "bjuda in invånarna till samtal om kommunens framtid",
            "publicera kallelser och underlag i god tid före sammanträdena", "ta emot förslag från invånarna digitalt",
            "låta barn och unga påverka frågor som rör dem", "visa invånarna hur skattepengarna används",
            "hantera misstankar om oegentligheter på ett rättssäkert sätt", "öppna nämndernas möten för allmänheten",
            "mäta hur delaktiga invånarna känner sig", "involvera invånarna tidigt i större beslut",
            "göra politiska beslut begripliga för alla", "redovisa vilka synpunkter som kommit in och vad de ledde till",
        ],
        Actors =
        [
            "Kommunikationsavdelningen", "Demokratiberedningen", "Kommunfullmäktige", "Fullmäktiges presidium",
            "Kommunledningen", "Kommunen", "De förtroendevalda", "Politikerna",
        ],
        Qualifiers =
        [
            "på kommunens webbplats", "inför viktiga beslut", "i tidiga skeden av beslutsprocessen", "med ett enkelt och begripligt språk",
            "i sociala medier", "för unga och nyanlända", "i alla kommundelar", "på flera språk",
            "för förtroendevalda och anställda", "mellan valen", "i lokaltidningen och på webben",
        ],
        Examples =
        [
            "rådslag om översiktsplanen", "öppna budgetsamråd", "ungdomsdialog i skolorna", "medborgarpanel om trygghet",
            "dialogkvällar i kommundelarna", "digitala medborgarförslag", "politikerveckor på biblioteket", "demokratidagar i gymnasiet",
            "etikutbildning för nämndledamöter", "frågestund med kommunalråden", "webbsänd budgetdebatt",
        ],
        Purposes =
        [
            "för att öka invånarnas delaktighet", "för att stärka förtroendet för de förtroendevalda",
            "för att nå grupper som sällan deltar", "för att göra beslutsprocessen mer öppen",
            "för att motverka korruption", "för att invånarna ska kunna utkräva ansvar",
            "för att öka valdeltagandet",
        ],
        Outcomes =
        [
            "invånarna kan följa beslutsprocessen", "synpunkterna återkopplas till invånarna",
            "informationen blir tillgänglig för alla", "fler invånare kan delta i dialogen",
            "misstänkta oegentligheter kan anmälas tryggt", "de förtroendevalda känner till reglerna om jäv",
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
