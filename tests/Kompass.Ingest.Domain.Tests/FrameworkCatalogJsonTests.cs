using Kompass.Ingest.Domain.Frameworks;

namespace Kompass.Ingest.Domain.Tests;

public sealed class FrameworkCatalogJsonTests
{
    public static TheoryData<string> CatalogFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "pipelines", "frameworks"), "*.json"))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CatalogFiles))]
    public void Parse_ShippedCatalog_HasEightAreasWhoseMaximaAddUpTo100(string fileName)
    {
        var sut = FrameworkCatalogJson.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "pipelines", "frameworks", fileName)));

        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], sut.Areas.Select(a => a.Number));
        Assert.NotEmpty(sut.QuestionSets);
        foreach (var set in sut.QuestionSets)
        {
            for (var area = 1; area <= 8; area++)
            {
                Assert.True(set.ForArea(area).Sum(q => q.Max) == 100m, $"{fileName} set {set.Name} area {area}");
            }
        }
    }

    [Fact]
    public void QuestionSetFor_YearOfThe2016Set_ReturnsIt()
    {
        var sut = FrameworkCatalogJson.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "pipelines", "frameworks", "2010.json")));

        Assert.Equal("2016", sut.QuestionSetFor(2017).Name);
    }

    [Fact]
    public void Parse_UnknownRevision_Throws()
        => Assert.Throws<System.Text.Json.JsonException>(() => FrameworkCatalogJson.Parse("""{"revision":"1999","areas":[],"questionSets":[]}"""));
}
