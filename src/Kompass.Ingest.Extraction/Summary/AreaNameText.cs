using System.Text;
using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Extraction.Summary;

/// <summary>
/// Compares printed area names with catalog names, forgiving what printing varies: case, dashes,
/// commas and slashes, runs of spaces, and small spelling differences ("Kommun som
/// samhällsbyggare" for "Kommunen som samhällsbyggare"). Pure.
/// </summary>
internal static class AreaNameText
{
    /// <summary>Lower case, every run of characters other than letters and digits turned into one space, trimmed.</summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in LowerCase.Swedish(text))
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
    public static double Similarity(string normalisedA, string normalisedB) => Similarity(normalisedA, normalisedB, 0);

    /// <summary>
    /// <see cref="Similarity(string, string)"/> when it is at least <paramref name="atLeast"/>;
    /// below that, some value below <paramref name="atLeast"/>. Matching compares each printed
    /// line with every catalog name and keeps only the similar ones, so the edit distance, the
    /// costly part, is skipped or cut short once it cannot lift the similarity to what is needed.
    /// </summary>
    public static double Similarity(string normalisedA, string normalisedB, double atLeast)
        => Similarity(normalisedA, Words(normalisedA), normalisedB, Words(normalisedB), atLeast);

    /// <summary>
    /// <see cref="Similarity(string, string, double)"/> for names split into their <see cref="Words"/>
    /// already: the matcher splits each catalog name once, and each printed name once for all of them.
    /// </summary>
    public static double Similarity(string normalisedA, string[] wordsA, string normalisedB, string[] wordsB, double atLeast)
    {
        if (normalisedA.Length == 0 || normalisedB.Length == 0)
        {
            return 0;
        }

        if (string.Equals(normalisedA, normalisedB, StringComparison.Ordinal))
        {
            return 1;
        }

        var dice = Dice(wordsA, wordsB);

        // The character similarity counts only where it beats both the words' and the threshold;
        // the edit distance is at least the difference in length, which bounds it from above.
        var needed = Math.Max(dice, atLeast);
        var longer = Math.Max(normalisedA.Length, normalisedB.Length);
        var maxDistance = Math.Abs(normalisedA.Length - normalisedB.Length);
        if (1.0 - ((double)maxDistance / longer) < needed)
        {
            return dice;
        }

        while (maxDistance < longer && 1.0 - ((double)(maxDistance + 1) / longer) >= needed)
        {
            maxDistance++;
        }

        var distance = EditDistance(normalisedA, normalisedB, maxDistance);
        return distance > maxDistance ? dice : Math.Max(dice, 1.0 - ((double)distance / longer));
    }

    /// <summary>True when <paramref name="prefix"/> is the start of <paramref name="name"/>, ending at a word boundary.</summary>
    public static bool IsWordPrefix(string prefix, string name)
        => prefix.Length > 0 && prefix.Length < name.Length
           && name.StartsWith(prefix, StringComparison.Ordinal) && name[prefix.Length] == ' ';

    /// <summary>The words of a normalised name.</summary>
    public static string[] Words(string normalised) => normalised.Split(' ');

    // The Dice coefficient over words: twice the words the names share (each word as often as
    // both have it) over the words of both.
    private static double Dice(string[] wordsA, string[] wordsB)
    {
        Span<bool> matched = wordsB.Length <= 64 ? stackalloc bool[wordsB.Length] : new bool[wordsB.Length];
        var shared = 0;
        foreach (var word in wordsA)
        {
            var j = 0;
            while (j < wordsB.Length && (matched[j] || !string.Equals(wordsB[j], word, StringComparison.Ordinal)))
            {
                j++;
            }

            if (j < wordsB.Length)
            {
                matched[j] = true;
                shared++;
            }
        }

        return 2.0 * shared / (wordsA.Length + wordsB.Length);
    }

    // The Levenshtein distance, or any number above maxDistance once it is sure to exceed it. Only
    // the band of cells within maxDistance of the diagonal is computed (Ukkonen): a cell off it
    // holds at least its distance from the diagonal, so no path within maxDistance crosses it, and
    // it stands in as maxDistance + 1. A row's smallest cell never shrinks further down the table,
    // so the work stops once it exceeds maxDistance. The caller keeps maxDistance at least the
    // difference in length, so the last cell is in the band.
    private static int EditDistance(string a, string b, int maxDistance)
    {
        var beyond = maxDistance + 1;
        Span<int> buffer = b.Length < 256 ? stackalloc int[2 * (b.Length + 1)] : new int[2 * (b.Length + 1)];
        var previous = buffer[..(b.Length + 1)];
        var current = buffer[(b.Length + 1)..];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = Math.Min(j, beyond);
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var from = Math.Max(1, i - maxDistance);
            var to = Math.Min(b.Length, i + maxDistance);
            current[from - 1] = from == 1 ? Math.Min(i, beyond) : beyond;
            var rowMin = current[from - 1];
            for (var j = from; j <= to; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                current[j] = cell;
                rowMin = Math.Min(rowMin, cell);
            }

            if (to < b.Length)
            {
                current[to + 1] = beyond;
            }

            if (rowMin > maxDistance)
            {
                return rowMin;
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }
}
