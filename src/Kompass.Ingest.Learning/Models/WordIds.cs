namespace Kompass.Ingest.Learning.Models;

/// <summary>
/// A read-only map from a word, given as chars of a text, to its id (its place in the vocabulary),
/// for <see cref="TextFeaturizer"/>'s lookups, which run once per token of every text a model reads.
/// Open addressing with linear probing in a table at most half full, keyed by an FNV-1a hash of the
/// chars: no string is made of a token to look it up, and no comparer is called through an
/// interface. Each word is kept beside its id, so that a lookup reads one place in memory before the
/// word's chars. Immutable and thread-safe.
/// </summary>
internal sealed class WordIds
{
    private const int NoId = -1;
    private const ulong FnvOffset = 0xCBF29CE484222325UL;
    private const ulong FnvPrime = 0x100000001B3UL;

    private readonly Entry[] _entries;
    private readonly int _mask;
    private readonly int _shift;

    /// <summary>The map of <paramref name="words"/>, each word's id its index.</summary>
    public WordIds(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var bits = Math.Max(4, (int)Math.Ceiling(Math.Log2(Math.Max(1, words.Count) * 2.0)));
        _entries = new Entry[1 << bits];
        Array.Fill(_entries, new Entry(string.Empty, NoId));
        _mask = (1 << bits) - 1;
        _shift = 64 - bits;
        for (var id = 0; id < words.Count; id++)
        {
            var i = Bucket(words[id]);
            while (_entries[i].Id != NoId)
            {
                if (_entries[i].Word == words[id])
                {
                    throw new ArgumentException($"\"{words[id]}\" is given twice", nameof(words));
                }

                i = (i + 1) & _mask;
            }

            _entries[i] = new Entry(words[id], id);
        }
    }

    /// <summary>The id of <paramref name="word"/>; false when the vocabulary lacks it.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out int id)
    {
        for (var i = Bucket(word); ; i = (i + 1) & _mask)
        {
            var entry = _entries[i];
            id = entry.Id;
            if (id == NoId || word.SequenceEqual(entry.Word))
            {
                return id != NoId;
            }
        }
    }

    // FNV-1a over the chars, then the top bits of its Fibonacci product (FNV's low bits alone spread short words poorly).
    private int Bucket(ReadOnlySpan<char> word)
    {
        var hash = FnvOffset;
        foreach (var c in word)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return (int)((hash * 0x9E3779B97F4A7C15UL) >> _shift);
    }

    private readonly record struct Entry(string Word, int Id);
}
