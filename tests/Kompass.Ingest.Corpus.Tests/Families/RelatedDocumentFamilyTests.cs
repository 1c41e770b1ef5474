using Kompass.Ingest.Corpus.Families;

namespace Kompass.Ingest.Corpus.Tests.Families;

public sealed class RelatedDocumentFamilyTests
{
    [Fact]
    public void Generate_SameSeed_SameBytesAndPaths()
    {
        var sut = new RelatedDocumentFamily();

        var first = sut.Generate(TestCorpusContext.Create(11), 10).ToList();
        var second = sut.Generate(TestCorpusContext.Create(11), 10).ToList();

        Assert.Equal(first.Select(i => i.RelativePath), second.Select(i => i.RelativePath));
        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First.Bytes, pair.Second.Bytes));
    }

    [Fact]
    public void Generate_TenKinds_AreValidRelatedDocumentsWithUniquePathsAndBytes()
    {
        var sut = new RelatedDocumentFamily();

        var items = sut.Generate(TestCorpusContext.Create(), 12).ToList();

        Assert.Equal(12, items.Count);
        Assert.All(items, item => TruthAssert.ValidUnscored(item.Truth!, "related"));
        Assert.All(items, item => Assert.Equal("related-document", item.Truth!.DocumentType));
        Assert.All(items, item => Assert.Null(item.Truth!.ReportDate));
        Assert.All(items, item => Assert.Empty(item.Truth!.Evaluators));
        Assert.Equal(items.Count, items.Select(i => i.RelativePath).Distinct().Count());
        Assert.Equal(items.Count, items.Select(i => i.Truth!.Sha256).Distinct().Count());
        Assert.Contains(items, i => i.Truth!.Municipality is null);
        Assert.Contains(items, i => i.Truth!.Title == "Åtgärder för kommunens förbättringsområden och svagheter");
    }

    [Fact]
    public void Generate_YearInTruth_OnlyWhenTheTitlePrintsIt()
    {
        var items = new RelatedDocumentFamily().Generate(TestCorpusContext.Create(5), 10).ToList();

        Assert.All(items, item =>
        {
            var truth = item.Truth!;
            var year = System.Text.RegularExpressions.Regex.Match(truth.Title!, @"\b(19|20)\d{2}\b");
            Assert.Equal(year.Success ? int.Parse(year.Value, System.Globalization.CultureInfo.InvariantCulture) : null, truth.Year);
        });
    }

    [Fact]
    public void Generate_Presentation_IsLandscapeSlidesTitledKommunkompassen()
    {
        var presentation = new RelatedDocumentFamily().Generate(TestCorpusContext.Create(), 1).Single();

        var (pages, width, height) = PdfContent.Geometry(presentation.Bytes);
        var (text, _) = Poppler.Text(presentation.Bytes);

        Assert.Equal("Kommunkompassen", presentation.Truth!.Title);
        Assert.True(width > height);
        Assert.True(pages > 4);
        Assert.Contains("Mäter i 4 dimensioner", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_Documents_PrintTheirTitleAndMunicipality()
    {
        var items = new RelatedDocumentFamily().Generate(TestCorpusContext.Create(9), 10).ToList();

        Assert.All(items, item =>
        {
            var (text, exit) = Poppler.Text(item.Bytes);
            var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal(0, exit);
            Assert.Contains(item.Truth!.Title!, flat, StringComparison.Ordinal);
            if (item.Truth.Municipality is { } municipality)
            {
                Assert.Contains(municipality.Name, flat, StringComparison.Ordinal);
            }
            else
            {
                Assert.DoesNotContain(" kommun ", flat.Replace("kommunen", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
            }
        });
    }
}
