using System.Text.Json;
using System.Text.Json.Serialization;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Domain.Frameworks;

/// <summary>
/// Parses the crosswalk file (<c>pipelines/frameworks/crosswalk/crosswalk.json</c>). Pure: the
/// caller reads the file. A malformed crosswalk is a deployment mistake, so it throws
/// <see cref="JsonException"/> with a message naming the entry and link at fault. Given the
/// catalogs, it also checks every entry and link against their area numbers and names, and that
/// every 2002 and 2020 area has an entry; revisions without a catalog are not checked.
/// </summary>
public static class FrameworkCrosswalkJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,

        // A misspelt "approximate" must not fall back silently to false (exact).
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly Dictionary<string, CrosswalkKind> Kinds = new(StringComparer.Ordinal)
    {
        ["same"] = CrosswalkKind.Same,
        ["renamed"] = CrosswalkKind.Renamed,
        ["split"] = CrosswalkKind.Split,
        ["merged"] = CrosswalkKind.Merged,
        ["partial"] = CrosswalkKind.Partial,
        ["none"] = CrosswalkKind.None,
    };

    /// <summary>Parses and checks a crosswalk; with <paramref name="catalogs"/>, also against them.</summary>
    public static FrameworkCrosswalk Parse(string json, IReadOnlyList<FrameworkCatalog>? catalogs = null)
    {
        var file = JsonSerializer.Deserialize<CrosswalkFile>(json, Options) ?? throw new JsonException("empty crosswalk");
        if (file.Target != "2010")
        {
            throw new JsonException($"crosswalk target '{file.Target}' is not 2010: only crosswalks to the 2010 areas are supported");
        }

        if (string.IsNullOrWhiteSpace(file.Warning))
        {
            throw new JsonException("crosswalk has no warning: an analysis crossing a revision must have one to show");
        }

        var entries = (file.Entries ?? []).Select((e, i) => ToEntry(e, i + 1)).ToList();
        if (entries.Count == 0)
        {
            throw new JsonException("crosswalk has no entries");
        }

        var duplicate = entries.GroupBy(e => (e.Revision, e.Area)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new JsonException($"{Describe(duplicate.First())} appears {duplicate.Count()} times");
        }

        var crosswalk = new FrameworkCrosswalk(file.Warning, file.Source ?? string.Empty, entries);
        if (catalogs is not null)
        {
            CheckAgainst(crosswalk, catalogs);
        }

        return crosswalk;
    }

    private static CrosswalkEntry ToEntry(EntryFile file, int index)
    {
        if (!FrameworkRevisionNames.TryParse(file.Revision, out var revision) || revision == FrameworkRevision.Rev2010)
        {
            throw new JsonException($"crosswalk entry #{index}: revision '{file.Revision}' is not 2002 or 2020 (2010 maps to itself and needs no entry)");
        }

        var name = $"crosswalk entry {file.Revision} area {file.Area}";
        if (file.Area is not { } area || area < 1)
        {
            throw new JsonException($"crosswalk entry #{index} ({file.Revision}): area '{file.Area}' is not an area number");
        }

        if (string.IsNullOrWhiteSpace(file.Name))
        {
            throw new JsonException($"{name}: no name");
        }

        var links = (file.Links ?? []).Select((l, i) => ToLink(l, $"{name}, link {i + 1}")).ToList();
        if (links.Count == 0)
        {
            throw new JsonException($"{name}: no links (an area without a 2010 counterpart has one link of kind \"none\")");
        }

        if (links.Count > 1 && links.Any(l => l.Kind == CrosswalkKind.None))
        {
            throw new JsonException($"{name}: a link of kind \"none\" must be the only link");
        }

        var twice = links.Where(l => l.To is not null).GroupBy(l => l.To).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new JsonException($"{name}: links to 2010 area {twice.Key} twice");
        }

        return new CrosswalkEntry(revision, area, file.Name, links);
    }

    private static CrosswalkLink ToLink(LinkFile file, string name)
    {
        if (file.Kind is null || !Kinds.TryGetValue(file.Kind, out var kind))
        {
            throw new JsonException($"{name}: kind '{file.Kind}' is not one of {string.Join(", ", Kinds.Keys)}");
        }

        if ((kind == CrosswalkKind.None) != (file.To is null))
        {
            throw new JsonException(kind == CrosswalkKind.None ? $"{name}: a link of kind \"none\" has no target, but 'to' is {file.To}" : $"{name}: no target area ('to')");
        }

        if (file.To < 1)
        {
            throw new JsonException($"{name}: target '{file.To}' is not an area number");
        }

        if (file.Approximate is not { } approximate || file.RestsOnInvented is not { } restsOnInvented)
        {
            throw new JsonException($"{name}: 'approximate' and 'restsOnInvented' must both be given, true or false");
        }

        if (!approximate && (kind != CrosswalkKind.Same || restsOnInvented))
        {
            throw new JsonException($"{name}: only a link of kind \"same\" that rests on no invented name can be exact; mark it approximate");
        }

        if (string.IsNullOrWhiteSpace(file.Reason))
        {
            throw new JsonException($"{name}: no reason");
        }

        return new CrosswalkLink(file.To, kind, approximate, restsOnInvented, file.Reason);
    }

    private static void CheckAgainst(FrameworkCrosswalk crosswalk, IReadOnlyList<FrameworkCatalog> catalogs)
    {
        var target = catalogs.FirstOrDefault(c => c.Revision == FrameworkRevision.Rev2010);
        foreach (var entry in crosswalk.Entries)
        {
            var catalog = catalogs.FirstOrDefault(c => c.Revision == entry.Revision);
            var area = catalog?.Areas.FirstOrDefault(a => a.Number == entry.Area);
            if (catalog is not null && area is null)
            {
                throw new JsonException($"{Describe(entry)}: the {entry.Revision.ToName()} catalog has no area {entry.Area}");
            }

            if (area is not null && area.Name != entry.Name)
            {
                throw new JsonException($"{Describe(entry)}: named '{entry.Name}', but the {entry.Revision.ToName()} catalog calls it '{area.Name}'");
            }

            var missing = entry.Links.Select((l, i) => (Link: l, Number: i + 1))
                .FirstOrDefault(l => target is not null && l.Link.To is { } to && target.Areas.All(a => a.Number != to));
            if (missing.Link is not null)
            {
                throw new JsonException($"{Describe(entry)}, link {missing.Number}: the 2010 catalog has no area {missing.Link.To}");
            }
        }

        foreach (var catalog in catalogs.Where(c => c.Revision != FrameworkRevision.Rev2010))
        {
            var uncovered = catalog.Areas.FirstOrDefault(a => !crosswalk.Entries.Any(e => e.Revision == catalog.Revision && e.Area == a.Number));
            if (uncovered is not null)
            {
                throw new JsonException($"the crosswalk has no entry for {catalog.Revision.ToName()} area {uncovered.Number} '{uncovered.Name}'");
            }
        }
    }

    private static string Describe(CrosswalkEntry entry) => $"crosswalk entry {entry.Revision.ToName()} area {entry.Area}";

    private sealed record CrosswalkFile(string? Target, string? Warning, string? Source, List<EntryFile>? Entries);

    private sealed record EntryFile(string? Revision, int? Area, string? Name, List<LinkFile>? Links);

    private sealed record LinkFile(int? To, string? Kind, bool? Approximate, bool? RestsOnInvented, string? Reason);
}
