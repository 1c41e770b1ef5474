using System.Text;
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
        var a = Words(printed);
        var b = Words(known);
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var common = a.Intersect(b).Count();
        return 2.0 * common / (a.Count + b.Count);
    }

    /// <summary>The best similarity of <paramref name="printed"/> with any of <paramref name="known"/>.</summary>
    public static double Best(string printed, IEnumerable<string> known) => known.Select(k => Of(printed, k)).DefaultIfEmpty(0).Max();

    private static HashSet<string> Words(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in LowerCase.Swedish(name))
        {
            text.Append(char.IsLetter(c) ? c : ' ');
        }

        return text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
    }
}
