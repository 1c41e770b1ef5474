namespace Kompass.Ingest.Learning.Models;

/// <summary>
/// A read-only map from a packed 64-bit key (four chars of a char gram, or two word ids of a bigram)
/// to its feature slot, for <see cref="TextFeaturizer"/>'s lookups, which run once per char of every
/// text a model reads. Open addressing with linear probing in a table at most half full, so a lookup
/// is a multiply, a shift and a compare or two, with no comparer called through an interface as a
/// <see cref="Dictionary{TKey, TValue}"/> with a custom comparer does. Each key is kept beside its
/// slot, so that a lookup reads one place in memory, not one in each of two arrays. Immutable and thread-safe.
/// </summary>
internal sealed class PackedKeySlots
{
    private const int NoSlot = -1;

    private readonly Entry[] _entries;
    private readonly int _mask;
    private readonly int _shift;

    /// <summary>The map of <paramref name="entries"/>, whose keys are distinct and whose slots are not negative.</summary>
    public PackedKeySlots(IReadOnlyCollection<KeyValuePair<ulong, int>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var bits = Math.Max(4, (int)Math.Ceiling(Math.Log2(Math.Max(1, entries.Count) * 2.0)));
        _entries = new Entry[1 << bits];
        Array.Fill(_entries, new Entry(0, NoSlot));
        _mask = (1 << bits) - 1;
        _shift = 64 - bits;
        foreach (var (key, slot) in entries)
        {
            if (slot < 0)
            {
                throw new ArgumentException($"slot {slot} of key {key:x} is negative", nameof(entries));
            }

            var i = Bucket(key);
            while (_entries[i].Slot != NoSlot)
            {
                if (_entries[i].Key == key)
                {
                    throw new ArgumentException($"key {key:x} is given twice", nameof(entries));
                }

                i = (i + 1) & _mask;
            }

            _entries[i] = new Entry(key, slot);
        }
    }

    /// <summary>The slot of <paramref name="key"/>; false when the map lacks it.</summary>
    public bool TryGetValue(ulong key, out int slot)
    {
        for (var i = Bucket(key); ; i = (i + 1) & _mask)
        {
            var entry = _entries[i];
            slot = entry.Slot;
            if (slot == NoSlot || entry.Key == key)
            {
                return slot != NoSlot;
            }
        }
    }

    // Fibonacci hashing: the top bits of the key times 2^64 / golden ratio, which spreads packed
    // chars (whose low bits vary least usefully) over the whole table.
    private int Bucket(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    private readonly record struct Entry(ulong Key, int Slot);
}
