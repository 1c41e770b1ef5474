using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// Turns Swedish running text into the stems that say what it is about: lower case (Swedish
/// culture), words split at anything that is not a letter ("KF-sammanträden" is two words), words
/// shorter than three letters and the function words below dropped, and each word stemmed by
/// <see cref="SwedishStemmer"/> (through <see cref="SwedishStems"/>). Which of the remaining words
/// matter is left to the caller's weighting. Pure and thread-safe.
/// </summary>
internal static class SwedishTermNormaliser
{
    private const int MinWordLength = 3;

    // Pronouns, articles, prepositions, conjunctions, auxiliaries and quantifiers: words that
    // carry grammar, not a topic.
    private static readonly HashSet<string> StopWords = new(
        [
            "alla", "allt", "andra", "annat", "att", "bara", "blir", "bli", "bör", "båda", "dem", "den",
            "denna", "dessa", "det", "detta", "dess", "där", "efter", "eller", "enligt", "ett", "fler",
            "flera", "från", "för", "genom", "har", "hade", "hela", "hos", "hur", "här", "inför", "inom",
            "inte", "kan", "kunna", "man", "med", "mellan", "men", "mer", "mot", "många", "nya", "nytt",
            "när", "och", "också", "samt", "sig", "sin", "sina", "sitt", "ska", "skall", "som", "till",
            "under", "upp", "utan", "vad", "var", "vara", "varje", "vars", "vem", "vid", "vilka", "vilken",
            "vilket", "vill", "även", "åt", "över",
        ],
        StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordsByChars = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// How many letters every stem has at least: a shorter word is dropped, and the stemmer takes
    /// no ending off within a word's first three letters (its R1 region starts at the third letter or later).
    /// </summary>
    public const int MinStemLength = MinWordLength;

    /// <summary>The stems of the content words of <paramref name="text"/>, in order, repeats kept.</summary>
    public static List<string> Stems(string text) => Stems(text, heads: null);

    /// <summary>
    /// As <see cref="Stems(string)"/>, but a word whose first <see cref="MinStemLength"/> letters
    /// are not among <paramref name="heads"/> (all are when null) is given as the empty string,
    /// unstemmed. A stem is a beginning of its word, so such a word cannot stem to any stem that
    /// begins with one of them: a caller that compares the stems with a few known ones (whose
    /// beginnings are the heads) gets the same answers without stemming, or looking up, the rest.
    /// </summary>
    public static List<string> Stems(string text, HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? heads)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stems = new List<string>();

        // A word is never longer than its text; each is lower-cased into this buffer and looked
        // up by its chars, so only a word never seen before becomes a string.
        Span<char> word = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetter(text[i]))
            {
                word[length++] = LowerCase.Swedish(text[i]);
                continue;
            }

            var chars = word[..length];
            if (length >= MinWordLength && !StopWordsByChars.Contains(chars))
            {
                stems.Add(heads is not { } known || known.Contains(chars[..MinStemLength]) ? SwedishStems.Of(chars) : string.Empty);
            }

            length = 0;
        }

        return stems;
    }
}
