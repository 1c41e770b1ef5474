using System.Collections.Concurrent;

namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// <see cref="SwedishStemmer.Stem"/> remembered across documents: reports reuse the same words
/// (and <see cref="AreaTermProfiles"/> stems the same beginnings and endings of compounds) in every
/// document, and stemming them again was most of the time spent building the profiles. A word is
/// looked up by its chars, so a word seen before costs no string. At most <see cref="Capacity"/>
/// words are kept, so a long run over many documents cannot grow it without end; past that a word
/// is stemmed as before. The stem is the stemmer's either way. Thread-safe.
/// </summary>
internal static class SwedishStems
{
    /// <summary>How many words are remembered at most (some 140 bytes a word: under 30 MB when full).</summary>
    public const int Capacity = 200_000;

    private static readonly ConcurrentDictionary<string, string> Known = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownByChars = Known.GetAlternateLookup<ReadOnlySpan<char>>();

    // Counted apart: ConcurrentDictionary.Count takes every lock of the dictionary.
    private static int _count;

    /// <summary>The stem of the lower-case word <paramref name="word"/>.</summary>
    public static string Of(ReadOnlySpan<char> word)
    {
        if (KnownByChars.TryGetValue(word, out var stem))
        {
            return stem;
        }

        var text = word.ToString();
        stem = SwedishStemmer.Stem(text);
        if (Volatile.Read(ref _count) < Capacity && Known.TryAdd(text, stem))
        {
            Interlocked.Increment(ref _count);
        }

        return stem;
    }
}
