namespace Kompass.Ingest.Learning.Models;

/// <summary>
/// A read-only map from a word, given as chars of a text, to its id (its place in the vocabulary),
/// for <see cref="TextFeaturizer"/>'s lookups, which run once per token of every text a model reads.
/// Open addressing with linear probing in a table at most half full, keyed by an FNV-1a hash of the
/// chars: no string is made of a token to look it up, and no comparer is called through an
/// interface. The words' chars are kept one after another in one array, and each table entry holds
/// a word's place there, its id and its hash, so that a lookup reads the entry and then (only when
/// the hashes agree) the chars, not a string object wherever the heap put it. Immutable and thread-safe.
/// </summary>
internal sealed class WordIds
{
    private const int NoId = -1;
    private const ulong FnvOffset = 0xCBF29CE484222325UL;
    private const ulong FnvPrime = 0x100000001B3UL;
    private const ulong Fibonacci = 0x9E3779B97F4A7C15UL;

    private readonly Entry[] _entries;
    private readonly char[] _chars;
    private readonly int _mask;
    private readonly int _shift;

    /// <summary>The map of <paramref name="words"/>, each word's id its index.</summary>
    public WordIds(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var bits = Math.Max(4, (int)Math.Ceiling(Math.Log2(Math.Max(1, words.Count) * 2.0)));
        _entries = new Entry[1 << bits];
        Array.Fill(_entries, new Entry(0, 0, 0, NoId));
        _chars = new char[words.Sum(w => w.Length)];
        _mask = (1 << bits) - 1;
        _shift = 64 - bits;
        var offset = 0;
        for (var id = 0; id < words.Count; id++)
        {
            var word = words[id];
            if (TryGetValue(word, out _))
            {
                throw new ArgumentException($"\"{word}\" is given twice", nameof(words));
            }

            var hash = Hash(word);
            var i = Bucket(hash);
            while (_entries[i].Id != NoId)
            {
                i = (i + 1) & _mask;
            }

            word.CopyTo(_chars.AsSpan(offset));
            _entries[i] = new Entry((uint)hash, offset, word.Length, id);
            offset += word.Length;
        }
    }

    /// <summary>The id of <paramref name="word"/>; false when the vocabulary lacks it.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out int id)
    {
        var hash = Hash(word);
        for (var i = Bucket(hash); ; i = (i + 1) & _mask)
        {
            var entry = _entries[i];
            id = entry.Id;
            if (id == NoId)
            {
                return false;
            }

            if (entry.Hash == (uint)hash && entry.Length == word.Length && word.SequenceEqual(_chars.AsSpan(entry.Offset, entry.Length)))
            {
                return true;
            }
        }
    }

    // FNV-1a over the chars, then its Fibonacci product (FNV's low bits alone spread short words
    // poorly): its top bits pick the bucket, its low bits are kept to tell words apart cheaply.
    private static ulong Hash(ReadOnlySpan<char> word)
    {
        var hash = FnvOffset;
        foreach (var c in word)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return hash * Fibonacci;
    }

    private int Bucket(ulong hash) => (int)(hash >> _shift);

    private readonly record struct Entry(uint Hash, int Offset, int Length, int Id);
}
