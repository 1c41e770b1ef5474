using Kompass.Ingest.Domain.Layout;

namespace Kompass.Ingest.Extraction.Tables.Text;

/// <summary>
/// Words of one line joined once (<see cref="Text"/>) and what that text reads as: one number, or
/// a placeholder for a missing value. Kept by a <see cref="TextChunk"/> and given to each fragment
/// that is the whole chunk, so that a block analysed again (each part a block is split into, each
/// rest of it) neither joins its words nor runs the number patterns again.
/// </summary>
internal sealed class TextReading
{
    private TextReading(string text)
    {
        Text = text;
        IsNumber = NumericText.IsNumber(text);
        IsPlaceholder = NumericText.IsPlaceholder(text);
    }

    /// <summary>The words joined with single spaces.</summary>
    public string Text { get; }

    /// <summary>True when the text is one number ("71", "65%", "1 234").</summary>
    public bool IsNumber { get; }

    /// <summary>True when the text is a dash or dots standing for a missing value.</summary>
    public bool IsPlaceholder { get; }

    /// <summary>The reading of <paramref name="words"/>.</summary>
    public static TextReading Of(IReadOnlyList<Word> words) => new(Lines.WordList.Text(words));
}
