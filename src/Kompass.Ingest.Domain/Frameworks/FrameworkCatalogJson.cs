using System.Text.Json;

namespace Kompass.Ingest.Domain.Frameworks;

/// <summary>
/// Parses a framework catalog file (<c>pipelines/frameworks/*.json</c>). Pure: the caller reads
/// the file. A malformed catalog is a deployment mistake, so it throws <see cref="JsonException"/>
/// with the field it could not read.
/// </summary>
public static class FrameworkCatalogJson
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Parses one catalog.</summary>
    public static FrameworkCatalog Parse(string json)
    {
        var file = JsonSerializer.Deserialize<CatalogFile>(json, Options) ?? throw new JsonException("empty catalog");
        if (!FrameworkRevisionNames.TryParse(file.Revision, out var revision))
        {
            throw new JsonException($"catalog revision '{file.Revision}' is not 2002, 2010 or 2020");
        }

        return new FrameworkCatalog(
            revision,
            file.InUse ?? string.Empty,
            file.Source ?? string.Empty,
            (file.Areas ?? []).Select(a => new AreaDefinition(a.Number, a.Name, a.Variants ?? [], a.Subheadings ?? [])).ToList(),
            (file.QuestionSets ?? []).Select(s => new QuestionSet(
                s.Name, s.FirstYear, s.LastYear, s.Invented,
                (s.Questions ?? []).Select(q => new QuestionDefinition(q.Id, q.Area, q.Max, q.Text)).ToList())).ToList());
    }

    private sealed record CatalogFile(string? Revision, string? InUse, string? Source, List<AreaFile>? Areas, List<SetFile>? QuestionSets);

    private sealed record AreaFile(int Number, string Name, List<string>? Variants, List<string>? Subheadings);

    private sealed record SetFile(string Name, int FirstYear, int LastYear, bool Invented, List<QuestionFile>? Questions);

    private sealed record QuestionFile(string Id, int Area, decimal Max, string Text);
}
