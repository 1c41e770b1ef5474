using System.Buffers;
using UglyToad.PdfPig.Content;

namespace Kompass.Ingest.Layout;

/// <summary>
/// The words <see cref="LetterWordGrouper"/> found on a page, as runs of one array of letters: word
/// <c>i</c> is the letters from the end of word <c>i - 1</c> to its own end, in the word's order.
/// One array per page instead of one per word: a page has thousands of words, and each array was
/// memory the collector had to clear again. Both arrays come from the shared pool and go back to it
/// on <see cref="Dispose"/>, when the page's words have been read.
/// </summary>
internal sealed class LetterGroups(Letter[] letters, int[] ends, int count) : IDisposable
{
    private Letter[]? _letters = letters;
    private int[]? _ends = ends;

    /// <summary>How many words there are.</summary>
    public int Count { get; } = count;

    /// <summary>The letters of word <paramref name="index"/>, never empty.</summary>
    public ReadOnlySpan<Letter> this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            ObjectDisposedException.ThrowIf(_letters is null || _ends is null, this);
            var start = index == 0 ? 0 : _ends[index - 1];
            return _letters.AsSpan(start, _ends[index] - start);
        }
    }

    /// <summary>Returns the arrays to the pool (the letters cleared, so that it does not keep the page alive).</summary>
    public void Dispose()
    {
        if (_letters is not null && _ends is not null)
        {
            ArrayPool<Letter>.Shared.Return(_letters, clearArray: true);
            ArrayPool<int>.Shared.Return(_ends);
            (_letters, _ends) = (null, null);
        }
    }
}
