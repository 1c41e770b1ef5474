using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Tables.Text;

namespace Kompass.Ingest.Extraction.Tables.Stream;

/// <summary>
/// The words of one printed line that fall in one column, or across several columns
/// (<see cref="FirstColumn"/> &lt; <see cref="LastColumn"/>: a spanning heading), and their
/// <see cref="Reading"/> (the words' text, read once).
/// </summary>
internal sealed record Fragment(int Line, int FirstColumn, int LastColumn, IReadOnlyList<Word> Words, BoundingBox Box, TextReading Reading)
{
    /// <summary>The words joined with single spaces.</summary>
    public string Text => Reading.Text;

    /// <summary>True when the fragment crosses a column channel.</summary>
    public bool IsSpanning => LastColumn > FirstColumn;

    /// <summary>True when the fragment is one number ("71", "65%", "1 234").</summary>
    public bool IsNumber => Reading.IsNumber;

    /// <summary>True when the fragment is a dash or dots standing for a missing value.</summary>
    public bool IsPlaceholder => Reading.IsPlaceholder;
}
