using UglyToad.PdfPig.Content;

namespace Kompass.Ingest.Layout;

/// <summary>
/// The words <see cref="LetterWordGrouper"/> found on a page, as runs of one array of letters: word
/// <c>i</c> is the letters from the end of word <c>i - 1</c> to its own end, in the word's order.
/// One array per page instead of one per word: a page has thousands of words, and each array was
/// memory the collector had to clear again.
/// </summary>
internal sealed class LetterGroups(Letter[] letters, int[] ends)
{
    /// <summary>How many words there are.</summary>
    public int Count => ends.Length;

    /// <summary>The letters of word <paramref name="index"/>, never empty.</summary>
    public ReadOnlySpan<Letter> this[int index]
    {
        get
        {
            var start = index == 0 ? 0 : ends[index - 1];
            return letters.AsSpan(start, ends[index] - start);
        }
    }
}
