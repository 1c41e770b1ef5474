namespace Kompass.Ingest.Corpus.Content.Lexicon;

/// <summary>The municipality as community builder: business, civil society, culture, sustainability.</summary>
public static class CommunityLexicon
{
    /// <summary>The vocabulary.</summary>
    public static readonly TopicLexicon Value = new()
    {
        Topic = Topic.Community,
        Terms =
        [
            new("näringslivsstrategi", Gender.Common), new("samverkan med civilsamhället", Gender.Common), new("föreningsstöd", Gender.Neuter),
            new("kulturplan", Gender.Common), new("kulturpolitiskt program", Gender.Neuter), new("internationella kontakter", Gender.Plural),
            new("miljöarbete", Gender.Neuter), new("hållbarhetsarbete", Gender.Neuter), new("översiktsplan", Gender.Common),
            new("vänortssamarbete", Gender.Neuter), new("näringslivsråd", Gender.Neuter), new("klimatstrategi", Gender.Common),
            new("folkhälsoarbete", Gender.Neuter), new("företagsklimat", Gender.Neuter), new("överenskommelse med idéburen sektor", Gender.Common),
            new("föreningssamverkan", Gender.Common), new("bidrag till studieförbund", Gender.Plural), new("kulturskola", Gender.Common),
            new("kulturarrangemang", Gender.Plural), new("kulturhus", Gender.Neuter), new("offentlig konst", Gender.Common),
            new("biblioteksplan", Gender.Common), new("företagslots", Gender.Common), new("företagsbesök", Gender.Plural),
            new("etableringsservice", Gender.Common), new("dialog med lokala företagare", Gender.Common), new("EU-samarbete", Gender.Neuter),
            new("EU-projekt", Gender.Plural), new("internationellt samarbete", Gender.Neuter), new("miljöpolicy", Gender.Common),
            new("miljöprogram", Gender.Neuter), new("arbete med Agenda 2030", Gender.Neuter), new("energiplan", Gender.Common),
            new("avfallsplan", Gender.Common), new("plan för klimatanpassning", Gender.Common), new("bostadsförsörjningsprogram", Gender.Neuter),
            new("landsbygdsutveckling", Gender.Common), new("samverkan med besöksnäringen", Gender.Common), new("integrationsarbete", Gender.Neuter),
            new("social hållbarhet", Gender.Common), new("brottsförebyggande råd", Gender.Neuter, "BRÅ"), new("krisberedskap", Gender.Common),
            new("lokal överenskommelse", Gender.Common, "LÖK"), new("planberedskap", Gender.Common), new("markpolicy", Gender.Common),
        ],
        Activities =
        [
            "hjälpa nya företag att etablera sig i kommunen", "ge föreningarna lokaler och bidrag på tydliga villkor",
            "minska utsläppen från kommunens egna fordon", "göra det lättare för invånare att sortera sitt avfall",
            "bjuda in kulturlivet när nya bostadsområden planeras", "ta emot delegationer från kommuner i andra länder",
            "söka EU-medel för utvecklingsprojekt", "planera för bostäder, skolor och kollektivtrafik i ett sammanhang",
            "stödja frivilliga som gör insatser för äldre och ensamma", "skapa mötesplatser i alla delar av kommunen",
            "bidra till att fler nyanlända får arbete", "förebygga brott tillsammans med polisen",
            "förbereda samhället för kriser och extremväder", "hålla kontakt med företagen genom regelbundna besök",
            "ge barn och unga tillgång till kultur oavsett var de bor", "ställa miljökrav i upphandlingar",
            "bevara natur och vatten för kommande generationer", "samordna krafterna med regionen kring tillväxtfrågor",
            "utveckla landsbygden och de mindre orterna", "minska energianvändningen i kommunens fastigheter",
        ],
        Actors =
        [
            "Näringslivsenheten", "Kultur- och fritidsförvaltningen", "Samhällsbyggnadsförvaltningen", "Kommunen",
            "Miljö- och byggnadsnämnden", "Näringslivsrådet", "Miljöstrategen", "Kulturnämnden",
        ],
        Qualifiers =
        [
            "i samverkan med näringslivet", "tillsammans med föreningslivet", "på regional nivå", "för en hållbar utveckling",
            "i hela kommunen", "inom ramen för Agenda 2030", "på landsbygden", "i nya bostadsområden",
            "tillsammans med idéburna organisationer", "över nationsgränserna",
        ],
        Examples =
        [
            "frukostmöten med företagare", "besöksvärdar inom äldreomsorgen", "EU-projekt", "lokal överenskommelse med föreningslivet",
            "klimatlöften", "företagslotsar", "kulturskola i samverkan", "vänort i Estland",
            "solceller på skolorna", "trygghetsvandringar",
        ],
        Purposes =
        [
            "för att skapa attraktivitet och tillväxt", "för att minska klimatpåverkan",
            "för att stärka lokalsamhället", "för att underlätta för företagare",
            "för att fler ska kunna ta del av kulturlivet", "för att lära av andra länder",
        ],
        Outcomes =
        [
            "företagen upplever ett gott bemötande", "kommunens klimatpåverkan minskar",
            "föreningslivet kan bidra till kommunens utveckling", "invånarna känner sig trygga i sitt bostadsområde",
            "fler företag startas", "kulturen når hela kommunen",
        ],
        General =
        [
            "I kommunens roll som samhällsbyggare är samarbetet med lokalsamhället i form av förenings-, kultur- och näringsliv en viktig uppgift.",
            "Likaså att upprätthålla samverkan på regional, nationell och internationell nivå.",
            "Kommunen har en viktig roll som katalysator för att olika verksamheter i den geografiska kommunen ska fungera tillsammans.",
            "Syftet är att skapa attraktivitet, tillväxt och en hållbar utveckling.",
            "Området omfattar även kommunens arbete med miljö, klimat och trygghet i lokalsamhället.",
        ],
    };
}
