using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Tables.Text;

namespace Kompass.Ingest.Extraction.Tables.Stream;

/// <summary>
/// The words of one printed line that fall in one column, or across several columns
/// (<see cref="FirstColumn"/> &lt; <see cref="LastColumn"/>: a spanning heading).
/// </summary>
internal sealed record Fragment(int Line, int FirstColumn, int LastColumn, IReadOnlyList<Word> Words, BoundingBox Box)
{
    // The text is joined once and both readings of it are taken from that one string.
    private readonly (string Text, bool IsNumber, bool IsPlaceholder) _reading = Read(Words);

    /// <summary>The words joined with single spaces.</summary>
    public string Text => _reading.Text;

    /// <summary>True when the fragment crosses a column channel.</summary>
    public bool IsSpanning => LastColumn > FirstColumn;

    /// <summary>True when the fragment is one number ("71", "65%", "1 234").</summary>
    public bool IsNumber => _reading.IsNumber;

    /// <summary>True when the fragment is a dash or dots standing for a missing value.</summary>
    public bool IsPlaceholder => _reading.IsPlaceholder;

    private static (string Text, bool IsNumber, bool IsPlaceholder) Read(IReadOnlyList<Word> words)
    {
        var text = Lines.WordList.Text(words);
        return (text, NumericText.IsNumber(text), NumericText.IsPlaceholder(text));
    }
}
