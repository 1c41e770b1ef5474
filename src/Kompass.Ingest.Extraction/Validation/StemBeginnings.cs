namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// The beginnings of a few stems, to tell without stemming a word that its stem is none of them:
/// <see cref="SwedishStemmer"/> only cuts endings off, so a word's stem is a beginning of the word,
/// and a word that begins unlike every wanted stem cannot stem to one. The beginnings are all of
/// one length, that of the shortest stem but at most <see cref="MaxLength"/>, so a word is looked
/// up once, its beginning packed into a number rather than made a string. Immutable.
/// </summary>
internal sealed class StemBeginnings
{
    /// <summary>How many letters of a stem are kept at most: enough to set most words apart.</summary>
    public const int MaxLength = 3;

    private readonly HashSet<ulong> _beginnings;
    private readonly int _length;

    /// <summary>The beginnings of <paramref name="stems"/>.</summary>
    public StemBeginnings(IReadOnlyCollection<string> stems)
    {
        ArgumentNullException.ThrowIfNull(stems);
        _length = stems.Count == 0 ? MaxLength : Math.Min(MaxLength, stems.Min(s => s.Length));
        _beginnings = [];
        foreach (var stem in stems)
        {
            _beginnings.Add(Packed(stem.AsSpan(0, _length)));
        }
    }

    /// <summary>False when the stem of the lower-case <paramref name="word"/> cannot be one of the stems.</summary>
    public bool CouldStemTo(ReadOnlySpan<char> word) => word.Length >= _length && _beginnings.Contains(Packed(word[.._length]));

    // At most MaxLength chars of 16 bits each, one after another.
    private static ulong Packed(ReadOnlySpan<char> chars)
    {
        var packed = 0UL;
        foreach (var c in chars)
        {
            packed = (packed << 16) | c;
        }

        return packed;
    }
}
