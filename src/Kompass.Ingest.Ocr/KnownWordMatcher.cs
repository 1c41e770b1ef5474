namespace Kompass.Ingest.Ocr;

/// <summary>
/// Finds the known word that an OCR'd word was meant to be: same length, every difference a pair of
/// characters OCR confuses (a/ä/å, o/ö/0, l/I/1/|, e/é, S/5, B/8), at most one difference per
/// four letters. Leading and trailing punctuation ("Poang:") is kept; the page's case is kept
/// (upper case stays upper case). Pure and thread-safe once built.
/// </summary>
internal sealed class KnownWordMatcher
{
    // Characters OCR mistakes for one another in print, each group one class.
    private static readonly string[] Confusable = ["aäåà", "oöø0", "lI1|i", "eéè", "s5", "b8", "uü"];

    // Words shorter than this are too easily another real word.
    private const int MinLength = 5;

    private readonly Dictionary<int, List<string>> _byLength = [];

    public KnownWordMatcher(IEnumerable<string> knownWords)
    {
        foreach (var word in knownWords.SelectMany(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(Core).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (word.Length >= MinLength && word.All(char.IsLetter))
            {
                (_byLength.TryGetValue(word.Length, out var list) ? list : _byLength[word.Length] = []).Add(word.ToLowerInvariant());
            }
        }
    }

    /// <summary>The corrected word, or null when none is meant (or it is already right).</summary>
    public string? Correct(string text)
    {
        var core = Core(text);
        if (core.Length < MinLength || !_byLength.TryGetValue(core.Length, out var candidates))
        {
            return null;
        }

        var lower = core.ToLowerInvariant();
        string? match = null;
        foreach (var candidate in candidates)
        {
            if (candidate == lower)
            {
                return null;
            }

            if (Confused(lower, candidate))
            {
                if (match is not null)
                {
                    return null; // two known words fit: leave it
                }

                match = candidate;
            }
        }

        if (match is null)
        {
            return null;
        }

        var start = text.IndexOf(core, StringComparison.Ordinal);
        return text[..start] + WithCaseOf(core, match) + text[(start + core.Length)..];
    }

    private static bool Confused(string word, string known)
    {
        var differences = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (word[i] == known[i])
            {
                continue;
            }

            if (!Confusable.Any(g => g.Contains(word[i], StringComparison.Ordinal) && g.Contains(known[i], StringComparison.Ordinal)))
            {
                return false;
            }

            differences++;
        }

        return differences * 4 <= word.Length;
    }

    private static string WithCaseOf(string printed, string known)
    {
        var upper = printed.Count(char.IsUpper) * 2 > printed.Length;
        if (upper)
        {
            return known.ToUpperInvariant();
        }

        // A first character read as a digit or sign ("0ffentlighet") was a capital more often than not.
        return char.IsLower(printed[0]) ? known : char.ToUpperInvariant(known[0]) + known[1..];
    }

    private static string Core(string text) => text.Trim('.', ',', ':', ';', '(', ')', '"', '\'', '!', '?');
}
