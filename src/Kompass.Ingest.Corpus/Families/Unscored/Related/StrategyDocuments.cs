using System.Globalization;

namespace Kompass.Ingest.Corpus.Families.Unscored.Related;

/// <summary>
/// Strategies and plans: "Strategisk plan 2019" (the only kind with a year in its title, so the
/// only one whose truth has a year) and "Näringslivsstrategi för X kommun" (two columns, with
/// STYRKOR-like lists and indicator tables).
/// </summary>
public static class StrategyDocuments
{
    /// <summary>"Strategisk plan &lt;year&gt;" with goals, a SWOT list and a budget table.</summary>
    public static RelatedDocument StrategicPlan(NamedMunicipality municipality, Random random)
    {
        var year = random.Next(2013, 2021);
        var y = year.ToString(CultureInfo.InvariantCulture);
        return new RelatedDocument
        {
            Title = "Strategisk plan " + y,
            Subtitle = [municipality.OfficialName, "Mål och budget"],
            Municipality = municipality,
            Year = year,
            Footer = $"{municipality.OfficialName} – Strategisk plan {y}",
            FileName = $"Strategisk plan {y}.pdf",
            Style = MemoStyle.Pick(random),
            Blocks =
            [
                new HeadingBlock("1. Kommunens förutsättningar"),
                new ParagraphBlock($"{municipality.OfficialName} har en växande befolkning och en stark arbetsmarknad. Samtidigt ökar behoven inom förskola, skola och äldreomsorg snabbare än skatteintäkterna. Planen anger de politiska prioriteringarna för {y} och inriktningen för de två följande åren."),
                new HeadingBlock("Omvärldsanalys", 2),
                new ParagraphBlock("STYRKOR"),
                new BulletsBlock(["Attraktivt läge med goda kommunikationer", "Aktivt föreningsliv och stort ideellt engagemang", "Stabil ekonomi med god soliditet"]),
                new ParagraphBlock("SVAGHETER"),
                new BulletsBlock(["Brist på hyresrätter", "Låg utbildningsnivå jämfört med riket"]),
                new ParagraphBlock("MÖJLIGHETER OCH HOT"),
                new BulletsBlock(["Digitalisering av välfärdstjänster", "Svårigheter att rekrytera lärare och sjuksköterskor"]),
                new HeadingBlock("2. Övergripande mål"),
                new BulletsBlock(["Medborgarna ska vara nöjda med kommunens service", "Alla barn och elever ska nå kunskapsmålen", "Kommunen ska vara en attraktiv arbetsgivare", "Verksamheten ska bedrivas med god ekonomisk hushållning"], Numbered: true),
                new HeadingBlock("3. Ekonomiska ramar"),
                Figures.Budget("Driftbudget per nämnd", ["Kommunstyrelsen", "Utbildningsnämnden", "Vård- och omsorgsnämnden", "Socialnämnden", "Tekniska nämnden", "Kultur- och fritidsnämnden"], year, random),
                new ParagraphBlock($"Resultatmålet är att årets resultat ska uppgå till minst 2 procent av skatter och generella statsbidrag. Skattesatsen för {y} är oförändrad."),
                new HeadingBlock("4. Förbättringsområden"),
                new BulletsBlock(["Tydligare koppling mellan mål, resurser och resultat", "Fler jämförelser med andra kommuner", "Bättre uppföljning av upphandlad verksamhet"]),
            ],
        };
    }

    /// <summary>"Näringslivsstrategi för X kommun", two columns.</summary>
    public static RelatedDocument BusinessStrategy(NamedMunicipality municipality, Random random)
    {
        var baseYear = random.Next(2012, 2018);
        var indicators = new List<IReadOnlyList<string>>
        {
            new[] { "Företagsklimat, ranking", Figures.Whole(random.Next(80, 250)), Figures.Whole(random.Next(40, 80)) },
            new[] { "Nyföretagande per 1 000 invånare", Figures.OneDecimal(3 + random.NextDouble() * 3), Figures.OneDecimal(7.0) },
            new[] { "Förvärvsfrekvens, %", Figures.OneDecimal(74 + random.NextDouble() * 8), Figures.OneDecimal(83.0) },
            new[] { "Nöjd kund-index, myndighetsutövning", Figures.Whole(random.Next(60, 72)), Figures.Whole(75) },
        };
        return new RelatedDocument
        {
            Title = "Näringslivsstrategi för " + municipality.OfficialName,
            Subtitle = ["Tillsammans för fler jobb och företag"],
            Municipality = municipality,
            Layout = RelatedLayout.TwoColumns,
            Footer = "Näringslivsstrategi",
            FileName = $"Näringslivsstrategi {municipality.Name}.pdf",
            Style = MemoStyle.Pick(random),
            Blocks =
            [
                new HeadingBlock("Vision"),
                new ParagraphBlock($"{municipality.OfficialName} ska ha Sveriges bästa service till företagare och ett näringsliv som växer i hela kommunen."),
                new HeadingBlock("Utgångsläge"),
                new ParagraphBlock("Kommunens styrkor är ett stort antal små och medelstora företag, ett gott samarbete med branschorganisationerna och korta beslutsvägar. Förbättringsområden är handläggningstider för bygglov, tillgången på mark för verksamheter och kompetensförsörjningen."),
                new HeadingBlock("Strategiska mål"),
                new BulletsBlock(["Ett bättre företagsklimat", "Fler nya företag och fler som växer", "Kompetens som matchar företagens behov", "Attraktiv mark och lokaler för etableringar"], Numbered: true),
                new TableBlock("Indikatorer", ["Indikator", "Utgångsläge " + baseYear.ToString(CultureInfo.InvariantCulture), "Mål " + (baseYear + 4).ToString(CultureInfo.InvariantCulture)], indicators),
                new HeadingBlock("Så arbetar vi"),
                new ParagraphBlock("Näringslivskontoret samordnar arbetet och är företagens väg in i kommunen. Företagsbesök genomförs varje vecka tillsammans med förtroendevalda. En lotsfunktion hjälper nya företag genom tillståndsprocessen."),
                new HeadingBlock("Uppföljning"),
                new ParagraphBlock("Strategin följs upp årligen i en rapport till kommunstyrelsen och revideras vid behov."),
            ],
        };
    }
}
