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
        var held = profiles.Areas.Where(a => profiles.Holdings[a].HoldsAny(finding)).ToList();
        var weights = Weights(profiles, finding, held);
        var areas = held.ToDictionary(a => a, a => Evidence(profiles, finding, a, weights, minWordWeight));
        return new FindingReading(finding, weights, areas);
    }

    // Each distinct term in order of first use, with plain loops: this runs for every finding.
    private static Dictionary<string, double> Weights(AreaTermProfiles profiles, Finding finding, List<int> held)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var terms in finding.Text.Terms)
        {
            foreach (var term in terms)
            {
                if (weights.ContainsKey(term))
                {
                    continue;
                }

                var holding = 0;
                foreach (var area in held)
                {
                    holding += profiles.Holdings[area].HoldsTermOf(finding, term) ? 1 : 0;
                }

                weights[term] = holding > 0 ? Math.Log((double)held.Count / holding) : 0;
            }
        }

        return weights;
    }

    private static AreaEvidence Evidence(AreaTermProfiles profiles, Finding finding, int area, Dictionary<string, double> weights, double minWordWeight)
    {
        var held = profiles.Holdings[area];
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < finding.Text.Words.Count; i++)
        {
            foreach (var term in finding.Text.Terms[i])
            {
                if (weights[term] > 0 && held.HoldsTermOf(finding, term))
                {
                    words.Add(finding.Text.Words[i]);
                    break;
                }
            }
        }

        // The heaviest heading the finding contains (the first of equally heavy ones), in plain
        // loops: this runs for every finding against every area it is held in.
        List<string>? heading = null;
        var headingWeight = 0.0;
        foreach (var candidate in profiles.Headings[area])
        {
            if (!Contains(finding.Text.Words, candidate.Words))
            {
                continue;
            }

            var specific = SpecificWords(candidate.Words, weights, minWordWeight);
            var weight = WeightOf(specific, weights);
            if (heading is null || Comparer<double>.Default.Compare(weight, headingWeight) > 0)
            {
                (heading, headingWeight) = (specific, weight);
            }
        }

        heading ??= [];
        return new AreaEvidence(area, words, heading, WeightOf(heading, weights));
    }

    // The distinct words of a heading in order that weigh at least `minWordWeight`.
    private static List<string> SpecificWords(IReadOnlyList<string> words, Dictionary<string, double> weights, double minWordWeight)
    {
        var specific = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (seen.Add(word) && weights[word] >= minWordWeight)
            {
                specific.Add(word);
            }
        }

        return specific;
    }

    // The words' weights summed in order, as Enumerable.Sum adds them.
    private static double WeightOf(List<string> words, Dictionary<string, double> weights)
    {
        var sum = 0.0;
        foreach (var word in words)
        {
            sum += weights[word];
        }

        return sum;
    }

    // True when part occurs in whole as a run of adjacent words.
    private static bool Contains(IReadOnlyList<string> whole, IReadOnlyList<string> part)
    {
        if (part.Count == 0)
        {
            return false;
        }

        for (var start = 0; start + part.Count <= whole.Count; start++)
        {
            var i = 0;
            while (i < part.Count && part[i] == whole[start + i])
            {
                i++;
            }

            if (i == part.Count)
            {
                return true;
            }
        }

        return false;
    }
}
