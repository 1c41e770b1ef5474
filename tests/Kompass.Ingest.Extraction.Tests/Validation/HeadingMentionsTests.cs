using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Validation;
using static Kompass.Ingest.Extraction.Tests.Validation.ValidationDocs;

namespace Kompass.Ingest.Extraction.Tests.Validation;

public sealed class HeadingMentionsTests
{
    [Fact]
    public void Any_FindingContainingAnotherAreasRubrik_IsTrue()
    {
        var doc = Report([("Förbättra arbetsmiljö och hälsa i hemtjänsten", 3)], [("Arbetsmiljö och hälsa", 6)]);

        Assert.True(HeadingMentions.Any(doc, null, 2));
    }

    [Fact]
    public void Any_OwnAreasRubrik_IsFalse()
    {
        var doc = Report([("Förbättra arbetsmiljö och hälsa i hemtjänsten", 6)], [("Arbetsmiljö och hälsa", 6)]);

        Assert.False(HeadingMentions.Any(doc, null, 2));
    }

    [Fact]
    public void Any_WordsOfTheRubrikApart_IsFalse()
    {
        var doc = Report([("Hälsa och arbetsmiljö i hemtjänsten", 3)], [("Arbetsmiljö och hälsa", 6)]);

        Assert.False(HeadingMentions.Any(doc, null, 2));
    }

    [Fact]
    public void Any_RubrikShorterThanTheMinimum_IsFalse_UnlessTheMinimumAllowsIt()
    {
        var doc = Report([("Lönebildning ses över", 3)], [("Lönebildning", 6)]);

        Assert.False(HeadingMentions.Any(doc, null, 2));
        Assert.True(HeadingMentions.Any(doc, null, 1));
        Assert.True(HeadingMentions.Any(doc, null, 0));
    }

    [Fact]
    public void Any_CatalogNameOfAnotherArea_Counts()
    {
        var catalog = Catalogs[0];
        var other = catalog.Areas.First(a => SwedishTermNormaliser.Stems(a.Name).Count >= 2);
        var doc = Report([($"Arbetet med {other.Name} kan bli bättre", other.Number == 1 ? 2 : 1)], []);

        Assert.True(HeadingMentions.Any(doc, catalog, 2));
        Assert.False(HeadingMentions.Any(doc, null, 2));
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
