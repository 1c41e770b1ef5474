namespace Kompass.Ingest.Learning.Models;

/// <summary>
/// A read-only map from a word, given as chars of a text, to its id (its place in the vocabulary),
/// for <see cref="TextFeaturizer"/>'s lookups, which run once per token of every text a model reads.
/// Open addressing with linear probing in a table at most half full, keyed by an FNV-1a hash of the
/// chars: no string is made of a token to look it up, and no comparer is called through an
/// interface. Immutable and thread-safe.
/// </summary>
internal sealed class WordIds
{
    private const int NoId = -1;
    private const ulong FnvOffset = 0xCBF29CE484222325UL;
    private const ulong FnvPrime = 0x100000001B3UL;

    private readonly string[] _words;
    private readonly int[] _ids;
    private readonly int _mask;
    private readonly int _shift;

    /// <summary>The map of <paramref name="words"/>, each word's id its index.</summary>
    public WordIds(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var bits = Math.Max(4, (int)Math.Ceiling(Math.Log2(Math.Max(1, words.Count) * 2.0)));
        _words = new string[1 << bits];
        _ids = new int[1 << bits];
        Array.Fill(_ids, NoId);
        _mask = (1 << bits) - 1;
        _shift = 64 - bits;
        for (var id = 0; id < words.Count; id++)
        {
            var i = Bucket(words[id]);
            while (_ids[i] != NoId)
            {
                if (_words[i] == words[id])
                {
                    throw new ArgumentException($"\"{words[id]}\" is given twice", nameof(words));
                }

                i = (i + 1) & _mask;
            }

            (_words[i], _ids[i]) = (words[id], id);
        }
    }

    /// <summary>The id of <paramref name="word"/>; false when the vocabulary lacks it.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out int id)
    {
        for (var i = Bucket(word); ; i = (i + 1) & _mask)
        {
            id = _ids[i];
            if (id == NoId || word.SequenceEqual(_words[i]))
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
}
