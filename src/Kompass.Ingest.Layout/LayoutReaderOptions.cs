using System.ComponentModel.DataAnnotations;

namespace Kompass.Ingest.Layout;

/// <summary>
/// Tolerances of <see cref="PdfLayoutReader"/>. Plain data: the reader owns the behaviour. All
/// lengths are in PDF points (1/72 inch).
/// </summary>
public sealed class LayoutReaderOptions
{
    /// <summary>
    /// A filled rectangle at most this thick (in one direction) is read as one ruling line through
    /// its middle rather than as four edges; word processors draw table rules that way. Default 2 pt.
    /// </summary>
    [Range(0.1, 20)]
    public double MaxRuleThickness { get; init; } = 2.0;

    /// <summary>Strokes shorter than this are decoration (bullets, ticks), not rules. Default 3 pt.</summary>
    [Range(0, 100)]
    public double MinRuleLength { get; init; } = 3.0;

    /// <summary>How far a stroke's ends may differ across its axis and still count as horizontal or vertical. Default 0.5 pt.</summary>
    [Range(0, 10)]
    public double AxisTolerance { get; init; } = 0.5;

    /// <summary>
    /// Check the file's cross-reference table against its bytes and warn when it points at the
    /// wrong places: PdfPig repairs that silently by scanning the file. Default true.
    /// </summary>
    public bool CheckCrossReferences { get; init; } = true;

    /// <summary>
    /// Two pieces of one number printed with a no-break or thin space as thousands separator
    /// ("12 500") are joined when that separator lies between them and the gap is at most this many
    /// ems of the font size: a no-break space is as wide as a word space (0.25–0.33 em), a column gap
    /// between table cells is wider than an em. Default 0.6 em.
    /// </summary>
    [Range(0.1, 2)]
    public double MaxGroupSeparatorEm { get; init; } = 0.6;

    /// <summary>
    /// Without a drawn space glyph between them (the PDF positioned the digits), two digit groups are
    /// joined when the gap is narrower than this share of the font's space width: a thin space is
    /// about 0.6–0.8 of a word space, in every font. Default 0.85.
    /// </summary>
    [Range(0.1, 1)]
    public double ThinSpaceShareOfSpace { get; init; } = 0.85;

    /// <summary>
    /// Two pieces of a word that PdfPig split where kerning or letter spacing left a small gap are
    /// joined when the gap is narrower than this share of the font's space width (and no space was
    /// drawn between them, and the second piece goes on in lower case). Default 0.5.
    /// </summary>
    [Range(0, 1)]
    public double KerningShareOfSpace { get; init; } = 0.5;

    /// <summary>
    /// The width of a word space, in ems, assumed for a font that draws no space glyph on the page
    /// (many PDFs position every word instead). Default 0.25 em, the narrow end of common fonts.
    /// </summary>
    [Range(0.05, 1)]
    public double FallbackSpaceWidthEm { get; init; } = 0.25;

    /// <summary>Two pieces share a baseline when their baselines differ by at most this many ems. Default 0.1 em.</summary>
    [Range(0, 1)]
    public double BaselineToleranceEm { get; init; } = 0.1;
}
