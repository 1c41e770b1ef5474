using Kompass.Ingest.Learning.Models;

namespace Kompass.Ingest.Learning.Tests;

/// <summary>The lookup tables and counters <see cref="TextFeaturizer"/> reads a text with.</summary>
public sealed class FeatureTablesTests
{
    [Fact]
    public void SlotCounts_Drain_GivesEachSlotOnceAscendingWithItsCountAndForgetsThem()
    {
        var counts = new SlotCounts();
        counts.Reserve(300);
        foreach (var slot in new[] { 5, 3, 5, 200, 64, 3, 3, 63 })
        {
            counts.Add(slot);
        }

        var drained = new (int Slot, float Count)[8];
        var written = counts.Drain(drained);

        Assert.Equal([(3, 3f), (5, 2f), (63, 1f), (64, 1f), (200, 1f)], drained[..written]);
        Assert.Equal(0, counts.Drain(drained));
    }

    [Fact]
    public void WordIds_TryGetValue_FindsEachWordByItsCharsAndNoOther()
    {
        var words = Enumerable.Range(0, 500).Select(i => $"ord{i}").ToList();
        var ids = new WordIds(words);

        Assert.All(words, (w, i) => Assert.True(ids.TryGetValue(("x" + w + "x").AsSpan(1, w.Length), out var id) && id == i));
        Assert.False(ids.TryGetValue("ord", out _));
        Assert.False(ids.TryGetValue("ord5000", out _));
        Assert.False(ids.TryGetValue(string.Empty, out _));
    }

    [Fact]
    public void WordIds_WordGivenTwice_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new WordIds(["kommun", "mål", "kommun"]));
    }
}
