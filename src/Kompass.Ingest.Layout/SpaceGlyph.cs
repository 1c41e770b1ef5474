namespace Kompass.Ingest.Layout;

/// <summary>
/// A white-space character the PDF actually drew (PdfPig keeps them as letters, its word
/// extractor drops them): which one, where its advance starts and ends, on which baseline, and in
/// which font (without subset tag) and size. They tell a word space from a thousands separator
/// and give the width of a space in each font. A value, not an object: a page draws hundreds.
/// </summary>
internal readonly record struct SpaceGlyph(char Value, double Left, double Right, double Baseline, string FontName, double FontSize)
{
    /// <summary>True for the no-break, thin, narrow no-break and figure spaces that group digits.</summary>
    public bool IsGroupSeparator => Value is '\u00A0' or '\u2009' or '\u202F' or '\u2007' or '\u2008';

    /// <summary>True for an ordinary word space.</summary>
    public bool IsWordSpace => Value is ' ';

    /// <summary>The advance width in points.</summary>
    public double Width => Right - Left;
}
