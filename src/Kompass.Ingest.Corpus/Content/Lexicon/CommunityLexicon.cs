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
            new("kulturarbete", Gender.Neuter), new("internationella kontakter", Gender.Plural), new("miljöarbete", Gender.Neuter),
            new("hållbarhetsarbete", Gender.Neuter), new("energieffektivisering", Gender.Common), new("översiktsplan", Gender.Common),
            new("risk- och sårbarhetsanalys", Gender.Common), new("vänortssamarbete", Gender.Neuter), new("näringslivsråd", Gender.Neuter),
            new("trygghetsarbete", Gender.Neuter), new("klimatstrategi", Gender.Common), new("folkhälsoarbete", Gender.Neuter),
            new("företagsklimat", Gender.Neuter),
        ],
        Actors = ["Näringslivsenheten", "Kultur- och fritidsförvaltningen", "Samhällsbyggnadsförvaltningen", "Kommunen", "Miljö- och byggnadsnämnden", "Näringslivsrådet"],
        Qualifiers =
        [
            "i samverkan med näringslivet", "tillsammans med föreningslivet", "på regional nivå", "med tydliga mål",
            "för en hållbar utveckling", "i hela kommunen", "inom ramen för Agenda 2030",
        ],
        Examples =
        [
            "frukostmöten med företagare", "volontärer inom äldreomsorgen", "EU-projekt", "lokal överenskommelse med föreningslivet",
            "klimatlöften", "företagslotsar", "kulturskola i samverkan",
        ],
        Purposes =
        [
            "för att skapa attraktivitet och tillväxt", "för att minska klimatpåverkan", "för att stärka lokalsamhället",
            "för att underlätta för företagare",
        ],
        Outcomes =
        [
            "företagen upplever ett gott bemötande", "utsläppen av klimatpåverkande gaser minskar",
            "föreningslivet kan bidra till kommunens utveckling", "tryggheten i lokalsamhället ökar",
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
