using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Extraction.Frameworks;

/// <summary>
/// How alike two area names are, 0–1: names are compared as sets of words, case, punctuation and
/// dashes aside ("Kommunen som arbetsgivare – personalpolitik" equals "Kommunen som arbetsgivare,
/// personalpolitik"), by the Dice coefficient of their words, so that a name cut by a line break
/// ("Tillgänglighet och") still resembles the whole. Pure.
/// </summary>
public static class AreaNameSimilarity
{
    /// <summary>1 for the same words, 0 for none in common.</summary>
    public static double Of(string printed, string known)
    {
        ArgumentNullException.ThrowIfNull(printed);
        ArgumentNullException.ThrowIfNull(known);
        return Dice(WordsOf(printed), WordsOf(known));
    }

    /// <summary>The best similarity of <paramref name="printed"/> with any of <paramref name="known"/> (0 for none).</summary>
    public static double Best(string printed, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(printed);
        ArgumentNullException.ThrowIfNull(known);

        // The printed name's words are read once for all the known names (a catalog area has several).
        return Best(WordsOf(printed), known.Select(WordsOf));
    }

    /// <summary>
    /// <see cref="Best(string, IEnumerable{string})"/> for names split into their <see cref="WordsOf"/>
    /// already: the classifier splits each catalog name once, and each printed name once for every catalog.
    /// </summary>
    internal static double Best(HashSet<string> printed, IEnumerable<HashSet<string>> known)
    {
        var best = 0.0;
        foreach (var words in known)
        {
            best = Math.Max(best, Dice(printed, words));
        }

        return best;
    }

    private static double Dice(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var common = 0;
        foreach (var word in a)
        {
            common += b.Contains(word) ? 1 : 0;
        }

        return 2.0 * common / (a.Count + b.Count);
    }

    /// <summary>The distinct words of a name as compared: lower case, split at every character other than a letter.</summary>
    internal static HashSet<string> WordsOf(string name)
    {
        // Each run of letters taken from the lower-cased name as it is found: every printed name
        // of a document is split so, once for all catalogs.
        var lower = LowerCase.Swedish(name);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= lower.Length; i++)
        {
            var letter = i < lower.Length && char.IsLetter(lower[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(lower[start..i]);
                start = -1;
            }
        }

        return words;
    }
}
