using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Frameworks;

namespace Kompass.Ingest.Corpus.Tests.Families;

/// <summary>A corpus context over the framework catalog and municipality list copied to the test output folder.</summary>
internal static class TestCorpusContext
{
    private static readonly Lazy<IReadOnlyList<FrameworkCatalog>> Catalogs = new(() =>
        [FrameworkCatalogJson.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "pipelines", "frameworks", "2010.json")))]);

    private static readonly Lazy<IReadOnlyList<OfficialMunicipality>> Municipalities = new(() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "pipelines", "reference", "kommuner.csv"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(','))
            .Select(cells => new OfficialMunicipality(cells[0], cells[1], cells[2]))
            .ToList());

    /// <summary>A fresh context whose random source starts from <paramref name="seed"/>.</summary>
    public static CorpusContext Create(int seed = 2017) => new(new Random(seed), Catalogs.Value, Municipalities.Value);

    /// <summary>The official codes, to check truths against.</summary>
    public static IReadOnlySet<string> Codes => Municipalities.Value.Select(m => m.Code).ToHashSet();
}
