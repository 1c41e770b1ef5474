namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// A light Swedish suffix stemmer after the Snowball algorithm (its R1 region and three steps),
/// with the nominalising <c>-ning</c> endings added so that "uppföljning" and "följ upp" meet:
/// "kommunens", "kommunerna" and "kommun" share the stem "kommun", "politiska" and "politiskt"
/// share "politisk". It overstems now and then; that is harmless where stems are only compared
/// with each other. Å, ä and ö are letters of their own. Pure and thread-safe.
/// </summary>
internal static class SwedishStemmer
{
    private const string Vowels = "aeiouyäåö";

    // Step 1 of Snowball's Swedish stemmer plus the -ning family, longest first so that the
    // longest suffix in R1 wins.
    private static readonly string[] Endings =
    [.. new[]
    {
        "heterna", "hetens", "ningarna", "ningens", "ningar", "ningen", "ning",
        "arnas", "ernas", "ornas", "andes", "andet", "anden", "arens", "heten", "heter",
        "arna", "erna", "orna", "ande", "arne", "aste", "ades", "aren", "erns", "ens", "het", "ast",
        "ade", "are", "ern", "ad", "en", "ar", "er", "or", "as", "es", "at", "a", "e",
    }.OrderByDescending(e => e.Length)];

    private static readonly string[] Doubles = ["dd", "gd", "nn", "dt", "gt", "kt", "tt"];

    /// <summary>The stem of a lower-case word.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var r1 = RegionStart(word);
        if (r1 >= word.Length)
        {
            return word;
        }

        var stem = StripEnding(word, r1);
        stem = stem.Length - 2 >= r1 && EndsWithDouble(stem) ? stem[..^1] : stem;
        if (stem.EndsWith("löst", StringComparison.Ordinal) && stem.Length - 4 >= r1)
        {
            return stem[..^1];
        }

        foreach (var ending in (ReadOnlySpan<string>)["lig", "els", "ig"])
        {
            if (stem.EndsWith(ending, StringComparison.Ordinal) && stem.Length - ending.Length >= r1)
            {
                return stem[..^ending.Length];
            }
        }

        return stem;
    }

    // Compared as the culture compares (the stemmer always has): for letters of Latin-1, which have no
    // contractions or ignorable characters in collation, that is the ordinal comparison, which
    // spares a call into ICU per ending; any other text keeps the culture's comparison.
    private static bool EndsWithDouble(string stem)
    {
        var ordinal = IsLatin1(stem);
        foreach (var ending in Doubles)
        {
            if (ordinal ? stem.EndsWith(ending, StringComparison.Ordinal) : stem.EndsWith(ending, StringComparison.CurrentCulture))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLatin1(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u00FF')
            {
                return false;
            }
        }

        return true;
    }

    private static string StripEnding(string word, int r1)
    {
        foreach (var ending in Endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length - ending.Length >= r1)
            {
                return word[..^ending.Length];
            }
        }

        // A genitive or plural -s, only after a letter that can carry it (Snowball's s-ending).
        return word.Length - 1 >= r1 && word[^1] == 's' && word.Length > 1 && "bcdfghjklmnoprtvy".Contains(word[^2], StringComparison.Ordinal)
            ? word[..^1]
            : word;
    }

    // R1: after the first consonant that follows a vowel, and at least three letters in.
    private static int RegionStart(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (!IsVowel(word[i]) && IsVowel(word[i - 1]))
            {
                return Math.Max(i + 1, 3);
            }
        }

        return word.Length;
    }

    private static bool IsVowel(char c) => Vowels.Contains(c, StringComparison.Ordinal);
}
