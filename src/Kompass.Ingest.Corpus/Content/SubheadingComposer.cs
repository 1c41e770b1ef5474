using Kompass.Ingest.Domain.Frameworks;

namespace Kompass.Ingest.Corpus.Content;

/// <summary>
/// The "Rubriker" of an area as one report prints them: the catalog's subheadings in order,
/// sometimes one left out, sometimes one slightly reworded as real reports do from year to year.
/// </summary>
public static class SubheadingComposer
{
    private static readonly (string From, string To)[] Rewordings =
    [
        ("Strategi för ", "Plan för "),
        ("medborgare", "invånare"),
        ("Samarbete med ", "Samverkan med "),
        (" och ", " samt "),
        ("Information till medborgare", "Information till medborgarna"),
        ("Strategier för ", "Strategi för "),
        ("utveckling", "utvecklingsarbete"),
        ("Tydliga ", ""),
        ("mellan ", "för "),
    ];

    /// <summary>The subheadings of <paramref name="area"/> for one report.</summary>
    public static IReadOnlyList<string> Compose(AreaDefinition area, Random random)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(random);
        var headings = area.Subheadings.ToList();
        if (headings.Count > 3 && random.Chance(0.2))
        {
            headings.RemoveAt(random.Next(headings.Count));
        }

        for (var i = 0; i < headings.Count; i++)
        {
            if (random.Chance(0.12))
            {
                headings[i] = Reword(headings[i], random);
            }
        }

        return headings;
    }

    private static string Reword(string heading, Random random)
    {
        var applicable = Rewordings.Where(r => heading.Contains(r.From, StringComparison.Ordinal)).ToList();
        if (applicable.Count == 0)
        {
            return heading;
        }

        var (from, to) = random.Pick(applicable);
        var index = heading.IndexOf(from, StringComparison.Ordinal);
        var reworded = heading[..index] + to + heading[(index + from.Length)..];
        return reworded.Length > 0 ? char.ToUpperInvariant(reworded[0]) + reworded[1..] : heading;
    }
}
