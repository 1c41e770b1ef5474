namespace Kompass.Ingest.Learning.Models;

/// <summary>
/// The working arrays <see cref="TextFeaturizer.Features"/> reads a text into, one set per thread
/// (<see cref="OfThisThread"/>), each grown when a text needs more and then kept: a model reads
/// thousands of short texts, and allocating their lists anew for each was a good part of its cost.
/// A span handed out is valid until the same kind is asked for again on the thread.
/// </summary>
internal sealed class FeatureBuffers
{
    [ThreadStatic]
    private static FeatureBuffers? _ofThread;

    private char[] _chars = [];
    private Range[] _tokens = [];
    private readonly SlotCounts _slotCounts = new();
    private (int Slot, float Value)[] _features = [];

    /// <summary>The calling thread's buffers.</summary>
    public static FeatureBuffers OfThisThread => _ofThread ??= new FeatureBuffers();

    /// <summary>Room for <paramref name="length"/> chars.</summary>
    public Span<char> Chars(int length) => Grown(ref _chars, length);

    /// <summary>Room for <paramref name="length"/> token ranges.</summary>
    public Span<Range> Tokens(int length) => Grown(ref _tokens, length);

    /// <summary>The slot counter, with room for slots below <paramref name="slotCount"/>.</summary>
    public SlotCounts SlotCounts(int slotCount)
    {
        _slotCounts.Reserve(slotCount);
        return _slotCounts;
    }

    /// <summary>Room for <paramref name="length"/> features.</summary>
    public Span<(int Slot, float Value)> Features(int length) => Grown(ref _features, length);

    private static Span<T> Grown<T>(ref T[] array, int length)
    {
        if (array.Length < length)
        {
            array = new T[Math.Max(length, 2 * array.Length)];
        }

        return array.AsSpan(0, length);
    }
}
