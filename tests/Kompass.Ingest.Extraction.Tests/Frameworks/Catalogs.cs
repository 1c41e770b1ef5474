using Kompass.Ingest.Domain.Frameworks;

namespace Kompass.Ingest.Extraction.Tests.Frameworks;

/// <summary>The framework catalogs of <c>pipelines/frameworks</c>, as copied into the test output.</summary>
internal static class Catalogs
{
    private static readonly Lazy<IReadOnlyList<FrameworkCatalog>> All = new(() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "pipelines", "frameworks"), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(f => FrameworkCatalogJson.Parse(File.ReadAllText(f)))
            .ToList());

    public static IReadOnlyList<FrameworkCatalog> Load() => All.Value;
}
