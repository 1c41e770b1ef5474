namespace Kompass.Ingest.Corpus.Tests.Rendering;

/// <summary>
/// Finds a text's words, in order, in extracted words. Consecutive words may be separated by a few
/// foreign words (the numbers of a table row beside a wrapped cell) and, once, by a longer run (a
/// page break: the furniture and the other column of the page), but never changed: an added
/// hyphen or a lost word fails.
/// </summary>
internal static class WordSequence
{
    /// <summary>How far one page break may push the rest of an item.</summary>
    private const int MaxJump = 250;

    /// <summary>True when the words of <paramref name="expected"/> occur in order in <paramref name="words"/>, at most <paramref name="maxGap"/> words apart except once.</summary>
    public static bool Contains(IReadOnlyList<string> words, string expected, int maxGap)
        => Find(words, expected, maxGap, jumps: 1);

    /// <summary>True when the words of <paramref name="expected"/> occur contiguously.</summary>
    public static bool ContainsExactly(IReadOnlyList<string> words, string expected)
        => Find(words, expected, 0, jumps: 0);

    private static bool Find(IReadOnlyList<string> words, string expected, int maxGap, int jumps)
    {
        var wanted = expected.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (wanted.Length == 0)
        {
            return true;
        }

        for (var start = 0; start < words.Count; start++)
        {
            if (words[start] == wanted[0] && Follows(words, wanted, 1, start, maxGap, jumps))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Follows(IReadOnlyList<string> words, string[] wanted, int next, int position, int maxGap, int jumps)
    {
        if (next == wanted.Length)
        {
            return true;
        }

        var reach = jumps > 0 ? MaxJump : maxGap;
        for (var i = position + 1; i < words.Count && i <= position + 1 + reach; i++)
        {
            if (words[i] == wanted[next] && Follows(words, wanted, next + 1, i, maxGap, i - position - 1 > maxGap ? jumps - 1 : jumps))
            {
                return true;
            }
        }

        return false;
    }
}
