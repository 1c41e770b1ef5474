using System.Globalization;
using System.Text;

namespace Kompass.Ingest.Extraction.Summary;

/// <summary>
/// Compares printed area names with catalog names, forgiving what printing varies: case, dashes,
/// commas and slashes, runs of spaces, and small spelling differences ("Kommun som
/// samhällsbyggare" for "Kommunen som samhällsbyggare"). Pure.
/// </summary>
internal static class AreaNameText
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>Lower case, every run of characters other than letters and digits turned into one space, trimmed.</summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.ToLower(Swedish))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// 1 for equal normalised names, else the better of the word overlap (Dice coefficient over
    /// words) and the character similarity (1 − edit distance / longer length). 0–1.
    /// </summary>
    public static double Similarity(string normalisedA, string normalisedB)
    {
        if (normalisedA.Length == 0 || normalisedB.Length == 0)
        {
            return 0;
        }

        if (string.Equals(normalisedA, normalisedB, StringComparison.Ordinal))
        {
            return 1;
        }

        var wordsA = normalisedA.Split(' ');
        var wordsB = normalisedB.Split(' ').ToList();
        var shared = 0;
        foreach (var word in wordsA)
        {
            if (wordsB.Remove(word))
            {
                shared++;
            }
        }

        var dice = 2.0 * shared / (wordsA.Length + normalisedB.Split(' ').Length);
        var edit = 1.0 - ((double)EditDistance(normalisedA, normalisedB) / Math.Max(normalisedA.Length, normalisedB.Length));
        return Math.Max(dice, edit);
    }

    /// <summary>True when <paramref name="prefix"/> is the start of <paramref name="name"/>, ending at a word boundary.</summary>
    public static bool IsWordPrefix(string prefix, string name)
        => prefix.Length > 0 && prefix.Length < name.Length
           && name.StartsWith(prefix, StringComparison.Ordinal) && name[prefix.Length] == ' ';

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
