namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// How one finding reads against every area profile of its document. An area holds a term when
/// its headings, questions or other findings have it; the finding under test is left out of its
/// own area. A term weighs by how specific it is to the areas holding it: the natural log of the
/// number of profiled areas over the number holding it, so that a term every area holds weighs
/// nothing and one only a single area holds weighs most. For each area, the reading keeps the
/// finding's words the area holds and the specific words of the area heading that the finding
/// contains word for word (the heaviest, when it contains several). Pure.
/// </summary>
internal static class FindingEvidence
{
    /// <summary>
    /// The evidence for <paramref name="finding"/> in every profiled area with a profile left;
    /// a heading word is specific when it weighs at least <paramref name="minWordWeight"/>.
    /// </summary>
    public static FindingReading Read(AreaTermProfiles profiles, Finding finding, double minWordWeight)
    {
        var held = new Dictionary<int, HashSet<string>>();
        foreach (var area in profiles.Areas)
        {
            var terms = profiles.Headings[area].Concat(profiles.Questions[area])
                .Concat(profiles.Findings[area].Where(f => !ReferenceEquals(f, finding)).Select(f => f.Text))
                .SelectMany(t => t.AllTerms)
                .ToHashSet(StringComparer.Ordinal);
            if (terms.Count > 0)
            {
                held[area] = terms;
            }
        }

        var weights = finding.Text.AllTerms.Distinct(StringComparer.Ordinal).ToDictionary(
            t => t,
            t => held.Values.Count(h => h.Contains(t)) is var n and > 0 ? Math.Log((double)held.Count / n) : 0,
            StringComparer.Ordinal);
        var areas = held.ToDictionary(h => h.Key, h => Evidence(profiles, finding, h.Key, h.Value, weights, minWordWeight));
        return new FindingReading(finding, weights, areas);
    }

    private static AreaEvidence Evidence(AreaTermProfiles profiles, Finding finding, int area, HashSet<string> held, Dictionary<string, double> weights, double minWordWeight)
    {
        var words = finding.Text.Words
            .Where((_, i) => finding.Text.Terms[i].Any(t => held.Contains(t) && weights[t] > 0))
            .ToHashSet(StringComparer.Ordinal);
        var heading = profiles.Headings[area]
            .Where(h => Contains(finding.Text.Words, h.Words))
            .Select(h => h.Words.Distinct(StringComparer.Ordinal).Where(w => weights[w] >= minWordWeight).ToList())
            .MaxBy(specific => specific.Sum(w => weights[w])) ?? [];
        return new AreaEvidence(area, words, heading, heading.Sum(w => weights[w]));
    }

    // True when part occurs in whole as a run of adjacent words.
    private static bool Contains(IReadOnlyList<string> whole, IReadOnlyList<string> part)
        => part.Count > 0 && Enumerable.Range(0, Math.Max(0, whole.Count - part.Count + 1))
            .Any(start => part.Select((w, i) => w == whole[start + i]).All(same => same));
}
