namespace Kompass.Ingest.Learning.Models;

/// <summary>
/// How often each feature slot of one block of a text occurs, handed back in ascending slot order:
/// what sorting the block's slots and counting their runs gives, without the sort. A text's few
/// hundred slots sorted were a seventh of a model's time, their comparisons being as good as
/// random for the branch predictor; here a slot sets a bit and counts, and the slots come back by
/// walking the words of bits between the lowest and highest slot added. Empty again once drained.
/// Not thread-safe: one per thread (<see cref="FeatureBuffers"/>).
/// </summary>
internal sealed class SlotCounts
{
    private ulong[] _seen = [];
    private int[] _counts = [];
    private int _lowestWord = int.MaxValue;
    private int _highestWord = -1;

    /// <summary>Makes room for slots below <paramref name="slotCount"/>.</summary>
    public void Reserve(int slotCount)
    {
        if (_counts.Length < slotCount)
        {
            Array.Resize(ref _counts, slotCount);
            Array.Resize(ref _seen, (slotCount + 63) / 64);
        }
    }

    /// <summary>Counts <paramref name="slot"/> (below what <see cref="Reserve"/> made room for) once more.</summary>
    public void Add(int slot)
    {
        var word = slot >> 6;
        var bit = 1UL << slot;
        if ((_seen[word] & bit) == 0)
        {
            _seen[word] |= bit;
            _counts[slot] = 1;
            _lowestWord = Math.Min(_lowestWord, word);
            _highestWord = Math.Max(_highestWord, word);
        }
        else
        {
            _counts[slot]++;
        }
    }

    /// <summary>Writes each slot counted and its count, ascending by slot, to the start of <paramref name="into"/>; returns how many; forgets them.</summary>
    public int Drain(Span<(int Slot, float Count)> into)
    {
        var written = 0;
        for (var word = _lowestWord; word <= _highestWord; word++)
        {
            var bits = _seen[word];
            _seen[word] = 0;
            while (bits != 0)
            {
                var slot = (word << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                into[written++] = (slot, _counts[slot]);
                bits &= bits - 1;
            }
        }

        (_lowestWord, _highestWord) = (int.MaxValue, -1);
        return written;
    }
}
