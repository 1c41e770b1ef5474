using System.Globalization;

namespace Kompass.Ingest.Corpus.Families.Unscored.Related;

/// <summary>
/// Personnel policies as municipalities print them ("Personalpolitiskt program", "HR-strategi",
/// "Medarbetar- och ledarskapsprogram"): numbered chapters, goals, strengths and areas for
/// improvement from the staff survey, key ratios in a table. No Kompass scores.
/// </summary>
public static class PersonnelDocuments
{
    /// <summary>"Personalpolitiskt program [för X kommun]", one column, numbered chapters.</summary>
    public static RelatedDocument PersonnelProgramme(NamedMunicipality municipality, Random random)
    {
        var inTitle = random.Next(2) == 0;
        var year = random.Next(2012, 2019);
        return new RelatedDocument
        {
            Title = inTitle ? "Personalpolitiskt program för " + municipality.OfficialName : "Personalpolitiskt program",
            Subtitle = inTitle ? ["Styrdokument"] : [municipality.OfficialName, "Styrdokument"],
            Municipality = municipality,
            Footer = municipality.OfficialName + " – Personalpolitiskt program",
            FileName = inTitle ? "Personalpolitiskt program.pdf" : $"personalpolitiskt_program_{municipality.Name.ToLowerInvariant()}.pdf",
            Style = MemoStyle.Pick(random),
            Blocks =
            [
                new HeadingBlock("1 Inledning"),
                new ParagraphBlock($"Det personalpolitiska programmet beskriver hur {municipality.OfficialName} som arbetsgivare ska arbeta för att attrahera, behålla och utveckla medarbetare. Programmet gäller alla förvaltningar och bolag och kompletteras av riktlinjer inom respektive område."),
                new ParagraphBlock("Kommunen är en av de största arbetsgivarna i länet. De kommande tio åren går många medarbetare i pension samtidigt som behoven inom skola, vård och omsorg växer. Det ställer krav på ett långsiktigt och strategiskt arbete med kompetensförsörjning."),
                new HeadingBlock("2 Vår värdegrund"),
                new BulletsBlock(["Vi sätter medborgaren i centrum", "Vi visar respekt och tar ansvar", "Vi är öppna för förändring och lär av varandra"]),
                new HeadingBlock("3 Mål för personalpolitiken"),
                new BulletsBlock(["Alla medarbetare har ett årligt medarbetarsamtal och en individuell utvecklingsplan", "Sjukfrånvaron ska minska till under 6 procent", "Andelen heltidsanställda ska öka", "Chefer ska ha högst 30 medarbetare"], Numbered: true),
                new HeadingBlock("4 Ledarskap och medarbetarskap"),
                new ParagraphBlock("Chefer leder mot mål och resultat och skapar förutsättningar för delaktighet. Medarbetare tar ansvar för sitt arbete, sin arbetsmiljö och sin egen utveckling. Ledarskapet följs upp i medarbetarenkäten vartannat år."),
                new HeadingBlock("Styrkor och förbättringsområden enligt medarbetarenkäten", 2),
                new ParagraphBlock("Styrkor:"),
                new BulletsBlock(["Medarbetarna upplever att arbetet är meningsfullt", "God sammanhållning i arbetsgrupperna", "Tydlig information från närmaste chef"]),
                new ParagraphBlock("Förbättringsområden:"),
                new BulletsBlock(["Möjligheten att påverka arbetstiderna", "Återkoppling på utfört arbete", "Tid för kompetensutveckling"]),
                new HeadingBlock("5 Kompetensförsörjning"),
                new ParagraphBlock("Varje förvaltning tar fram en kompetensförsörjningsplan som revideras årligen. Planen redovisar pensionsavgångar, rekryteringsbehov och vilka insatser som behövs för att behålla och utveckla befintliga medarbetare."),
                new HeadingBlock("6 Lön och belöning"),
                new ParagraphBlock("Lönen är individuell och differentierad och sätts utifrån uppdrag, prestation och marknad. Lönekriterierna är kända för alla medarbetare och lönesamtal förs mellan chef och medarbetare."),
                new HeadingBlock("7 Arbetsmiljö och hälsa"),
                new ParagraphBlock("Arbetsmiljöarbetet bedrivs systematiskt enligt arbetsmiljölagen och Arbetsmiljöverkets föreskrifter. Friskvårdsbidrag erbjuds alla tillsvidareanställda."),
                KeyRatios(year, random),
                new HeadingBlock("8 Uppföljning"),
                new ParagraphBlock($"Programmet följs upp i personalbokslutet varje år och revideras en gång per mandatperiod. Programmet antogs av kommunfullmäktige den {random.Next(1, 28).ToString(CultureInfo.InvariantCulture)} {SwedishDates.Month(random.Next(1, 13))} {year.ToString(CultureInfo.InvariantCulture)}."),
            ],
        };
    }

    /// <summary>"HR-strategi", two columns, municipality in the footer.</summary>
    public static RelatedDocument HrStrategy(NamedMunicipality municipality, Random random) => new()
    {
        Title = "HR-strategi",
        Subtitle = ["Strategi för kompetensförsörjning, ledarskap och arbetsmiljö"],
        Municipality = municipality,
        Layout = RelatedLayout.TwoColumns,
        Footer = municipality.OfficialName,
        FileName = "HR-strategi.pdf",
        Style = MemoStyle.Pick(random),
        Blocks =
        [
            new HeadingBlock("Inledning"),
            new ParagraphBlock($"HR-strategin anger inriktningen för {municipality.Genitive} arbete som arbetsgivare de kommande åren. Den bygger på kommunens vision och övergripande mål och omsätts i handlingsplaner i varje förvaltning."),
            new HeadingBlock("Strategiska områden"),
            new BulletsBlock(["Attraktiv arbetsgivare", "Kompetensförsörjning", "Ledarskap", "Hälsa och arbetsmiljö", "Lönebildning"], Numbered: true),
            new HeadingBlock("Attraktiv arbetsgivare"),
            new ParagraphBlock("Kommunen ska vara en arbetsgivare där medarbetare vill stanna och utvecklas. Det förutsätter goda villkor, möjlighet till heltid, tydliga karriärvägar och ett aktivt arbete mot diskriminering."),
            new HeadingBlock("Ledarskap"),
            new ParagraphBlock("Chefer ges förutsättningar att leda genom rimliga personalgrupper, administrativt stöd och ett gemensamt ledarutvecklingsprogram. Chefernas uppdrag beskrivs i en chefsöverenskommelse."),
            new HeadingBlock("Nulägesanalys"),
            new ParagraphBlock("Styrkor: hög andel medarbetare med adekvat utbildning, stabil chefsorganisation och ett etablerat samarbete med de fackliga organisationerna."),
            new ParagraphBlock("Svagheter: hög sjukfrånvaro inom vård och omsorg, svårt att rekrytera socialsekreterare och lärare i matematik, låg andel heltidsanställda."),
            KeyRatios(random.Next(2013, 2019), random),
            new HeadingBlock("Uppföljning"),
            new ParagraphBlock("Strategin följs upp i det årliga personalbokslutet. Indikatorerna redovisas för kommunstyrelsen tillsammans med delårsrapporten."),
        ],
    };

    /// <summary>"Medarbetar- och ledarskapsprogram": names no municipality at all.</summary>
    public static RelatedDocument LeadershipProgramme(Random random) => new()
    {
        Title = "Medarbetar- och ledarskapsprogram",
        Subtitle = ["Så leder och utvecklar vi vår verksamhet tillsammans"],
        Layout = random.Next(2) == 0 ? RelatedLayout.TwoColumns : RelatedLayout.OneColumn,
        FileName = "Medarbetar- och ledarskapsprogram.pdf",
        Style = MemoStyle.Pick(random),
        Blocks =
        [
            new HeadingBlock("Därför behövs programmet"),
            new ParagraphBlock("Programmet beskriver vad kommunen förväntar sig av chefer och medarbetare och vad var och en kan förvänta sig tillbaka. Det är ett stöd i medarbetarsamtal, vid rekrytering och i den dagliga dialogen på arbetsplatsen."),
            new HeadingBlock("Medarbetarskap"),
            new BulletsBlock(["Jag tar ansvar för mitt uppdrag och för att verksamheten når sina mål", "Jag bidrar till en god arbetsmiljö och ett gott samarbete", "Jag är lyhörd för medborgarnas behov och synpunkter", "Jag utvecklar min kompetens och delar med mig av min kunskap"]),
            new HeadingBlock("Ledarskap"),
            new BulletsBlock(["Chefen tydliggör mål och förväntningar och följer upp resultat", "Chefen skapar delaktighet och ger återkoppling", "Chefen leder förändring och tar tillvara medarbetarnas idéer"]),
            new HeadingBlock("Uppföljning"),
            new ParagraphBlock("Programmet följs upp genom medarbetarenkäten. Resultatet används för att ta fram styrkor och förbättringsområden för varje arbetsplats, som sedan omsätts i en handlingsplan."),
        ],
    };

    private static TableBlock KeyRatios(int year, Random random)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (name, low, high) in new[] { ("Sjukfrånvaro, %", 5.0, 9.0), ("Andel heltidsanställda, %", 60.0, 85.0), ("Personalomsättning, %", 6.0, 14.0), ("Medarbetarindex (HME)", 72.0, 82.0) })
        {
            var row = new List<string> { name };
            for (var y = 0; y < 3; y++)
            {
                row.Add(Figures.OneDecimal(low + (random.NextDouble() * (high - low))));
            }

            rows.Add(row);
        }

        string Y(int offset) => (year - 2 + offset).ToString(CultureInfo.InvariantCulture);
        return new TableBlock("Nyckeltal", ["Nyckeltal", Y(0), Y(1), Y(2)], rows);
    }
}
