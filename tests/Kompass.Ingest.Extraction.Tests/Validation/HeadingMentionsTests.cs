using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Validation;
using static Kompass.Ingest.Extraction.Tests.Validation.ValidationDocs;

namespace Kompass.Ingest.Extraction.Tests.Validation;

public sealed class HeadingMentionsTests
{
    [Fact]
    public void Findings_FindingContainingAnotherAreasRubrik_IsFound()
    {
        var doc = Report([("Förbättra arbetsmiljö och hälsa i hemtjänsten", 3)], [("Arbetsmiljö och hälsa", 6)]);

        Assert.NotEmpty(HeadingMentions.Findings(doc, null, 2));
    }

    [Fact]
    public void Findings_OfSeveral_AreOnlyThoseContainingAnotherAreasRubrik()
    {
        var doc = Report([("Förbättra arbetsmiljö och hälsa i hemtjänsten", 3), ("Tydligare mål för förskolan", 3)], [("Arbetsmiljö och hälsa", 6)]);

        Assert.Equal("Förbättra arbetsmiljö och hälsa i hemtjänsten", Assert.Single(HeadingMentions.Findings(doc, null, 2)).Value);
    }

    [Fact]
    public void Findings_OwnAreasRubrik_IsNone()
    {
        var doc = Report([("Förbättra arbetsmiljö och hälsa i hemtjänsten", 6)], [("Arbetsmiljö och hälsa", 6)]);

        Assert.Empty(HeadingMentions.Findings(doc, null, 2));
    }

    [Fact]
    public void Findings_WordsOfTheRubrikApart_IsNone()
    {
        var doc = Report([("Hälsa och arbetsmiljö i hemtjänsten", 3)], [("Arbetsmiljö och hälsa", 6)]);

        Assert.Empty(HeadingMentions.Findings(doc, null, 2));
    }

    [Fact]
    public void Findings_RubrikShorterThanTheMinimum_IsNone_UnlessTheMinimumAllowsIt()
    {
        var doc = Report([("Lönebildning ses över", 3)], [("Lönebildning", 6)]);

        Assert.Empty(HeadingMentions.Findings(doc, null, 2));
        Assert.NotEmpty(HeadingMentions.Findings(doc, null, 1));
        Assert.NotEmpty(HeadingMentions.Findings(doc, null, 0));
    }

    [Fact]
    public void Findings_CatalogNameOfAnotherArea_Counts()
    {
        var catalog = Catalogs[0];
        var other = catalog.Areas.First(a => SwedishTermNormaliser.Stems(a.Name).Count >= 2);
        var doc = Report([($"Arbetet med {other.Name} kan bli bättre", other.Number == 1 ? 2 : 1)], []);

        Assert.NotEmpty(HeadingMentions.Findings(doc, catalog, 2));
        Assert.Empty(HeadingMentions.Findings(doc, null, 2));
    }

    // The improvements and "Rubriker" given, each in the area its number names.
    private static ReportExtraction Report((string Text, int Area)[] improvements, (string Text, int Area)[] rubriker) => new()
    {
        Type = DocumentType.KommunKompassenAnalysis,
        Areas =
        [
            .. improvements.Concat(rubriker).Select(t => t.Area).Distinct().Select(area => new AreaExtraction
            {
                Number = area,
                Improvements = [.. improvements.Where(t => t.Area == area).Select(t => Sourced.Of(t.Text, At(10)))],
                Subheadings = [.. rubriker.Where(t => t.Area == area).Select(t => Sourced.Of(t.Text, At(10)))],
            }),
        ],
    };
}
