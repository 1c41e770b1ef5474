using Kompass.Ingest.Corpus.Tests.Support;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Tests.Frameworks;

public sealed class CatalogTests
{
    [Theory]
    [InlineData(FrameworkRevision.Rev2002, "2002")]
    [InlineData(FrameworkRevision.Rev2010, "2010")]
    [InlineData(FrameworkRevision.Rev2010, "2016")]
    [InlineData(FrameworkRevision.Rev2020, "2020")]
    public void QuestionSet_EveryArea_HasMaximaAddingToHundred(FrameworkRevision revision, string name)
    {
        var sut = TestContext.Set(revision, name);

        Assert.All(Enumerable.Range(1, 8), area => Assert.Equal(100m, sut.ForArea(area).Sum(q => q.Max)));
    }

    [Fact]
    public void Catalog2020_HasFortyThreeInventedQuestions()
    {
        var sut = TestContext.Set(FrameworkRevision.Rev2020, "2020");

        Assert.Equal(43, sut.Questions.Count);
        Assert.True(sut.Invented);
    }

    [Fact]
    public void Catalog2010_KeepsTheKnownSetAndAddsTheInventedOne()
    {
        var sut = TestContext.Catalog(FrameworkRevision.Rev2010);

        Assert.False(sut.QuestionSets.Single(s => s.Name == "2016").Invented);
        Assert.True(sut.QuestionSets.Single(s => s.Name == "2010").Invented);
        Assert.Equal("2010", sut.QuestionSetFor(2014).Name);
        Assert.Equal("2016", sut.QuestionSetFor(2017).Name);
        Assert.Equal(6, sut.QuestionSets.Single(s => s.Name == "2010").ForArea(2).Count());
    }

    [Theory]
    [InlineData(FrameworkRevision.Rev2002)]
    [InlineData(FrameworkRevision.Rev2010)]
    [InlineData(FrameworkRevision.Rev2020)]
    public void Catalog_EveryArea_HasSubheadingsAndVariants(FrameworkRevision revision)
    {
        var sut = TestContext.Catalog(revision);

        Assert.Equal(Enumerable.Range(1, 8), sut.Areas.Select(a => a.Number));
        Assert.All(sut.Areas, a => Assert.True(a.Subheadings.Count >= 4, $"area {a.Number}"));
        Assert.All(sut.Areas.Where(a => revision != FrameworkRevision.Rev2010), a => Assert.NotEmpty(a.Variants));
    }

    [Fact]
    public void Catalog2002_NamesTheKnownAreas()
    {
        var sut = TestContext.Catalog(FrameworkRevision.Rev2002);

        Assert.Equal("Offentlighet och demokratisk kontroll", sut.Area(1).Name);
        Assert.StartsWith("Tillgänglighet och brukar", sut.Area(2).Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ReferenceLists_HaveEveryMunicipalityAndCounty()
    {
        var sut = TestContext.With(1);

        Assert.Equal(290, sut.Municipalities.Count);
        Assert.Equal(21, sut.Counties.Count);
        Assert.Contains(sut.Municipalities, m => m is { Code: "0980", Name: "Gotland" });
    }
}
