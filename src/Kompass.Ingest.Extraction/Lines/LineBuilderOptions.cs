using System.ComponentModel.DataAnnotations;

namespace Kompass.Ingest.Extraction.Lines;

/// <summary>Tolerances of <see cref="LineBuilder"/>. Plain data.</summary>
public sealed class LineBuilderOptions
{
    /// <summary>
    /// Two words share a line when their boxes overlap vertically by at least this fraction of the
    /// smaller box's height (and the smaller one's centre lies within the taller one). Default 0.5.
    /// </summary>
    [Range(0.05, 1)]
    public double MinVerticalOverlap { get; init; } = 0.5;

    /// <summary>
    /// Boxes whose heights differ by less than this factor count as set in about the same size: a
    /// word must line up with such a word of its row, not only with a taller one (two lines of
    /// small text beside a tall heading overlap the heading but are two lines). Default 1.5.
    /// </summary>
    [Range(1, 10)]
    public double ComparableHeightRatio { get; init; } = 1.5;

    /// <summary>
    /// A horizontal gap wider than this many ems (of the larger neighbouring font size) splits a line
    /// into two: a typical space is 0.25–0.3 em and a justified one rarely passes 0.6 em, while the
    /// gutter between columns or table cells is wider. Default 1.0 em.
    /// </summary>
    [Range(0.3, 20)]
    public double ColumnGapEm { get; init; } = 1.0;

    /// <summary>
    /// Rows are read column by column only where at least this many consecutive rows have prose on
    /// both sides of one gutter: two rows could be a coincidence of two short blocks. Default 3.
    /// </summary>
    [Range(2, 100)]
    public int MinColumnRows { get; init; } = 3;

    /// <summary>
    /// The narrowest whitespace corridor, in ems of the column text, that counts as a gutter
    /// between columns. Default 1.0 em, the gap that already splits a row into two lines.
    /// </summary>
    [Range(0.3, 20)]
    public double MinGutterEm { get; init; } = 1.0;

    /// <summary>
    /// Each column of a two-column region holds on average at least this many words a row: table
    /// cells hold one or two. Default 3.
    /// </summary>
    [Range(1, 50)]
    public double MinProseWordsPerRow { get; init; } = 3;

    /// <summary>
    /// At least this share of each column's words hold a letter: a column of figures is a table's,
    /// not prose. Default 0.7.
    /// </summary>
    [Range(0, 1)]
    public double MinProseLetterShare { get; init; } = 0.7;

    /// <summary>
    /// A row whose text size differs from the columns' by more than this fraction (a heading) ends
    /// a two-column region. Default 0.15.
    /// </summary>
    [Range(0, 2)]
    public double ColumnSizeTolerance { get; init; } = 0.15;

    /// <summary>
    /// A band of whitespace across the whole page taller than this many ems of the column text
    /// ends a two-column region (what follows is a new part of the page). Default 2.0 em.
    /// </summary>
    [Range(0.5, 50)]
    public double MaxColumnRowGapEm { get; init; } = 2.0;

    /// <summary>
    /// At least this many whole numbers aligned one above the other form a stack (a chart axis, bar
    /// values) whose numbers are cut off from text beside them. Default 3.
    /// </summary>
    [Range(2, 100)]
    public int MinStackSize { get; init; } = 3;

    /// <summary>Numbers of a stack have right edges (or centres) within this many ems. Default 0.3 em.</summary>
    [Range(0, 5)]
    public double StackAlignmentEm { get; init; } = 0.3;

    /// <summary>Each number of a stack stands at most this many ems below the previous one. Default 3 em.</summary>
    [Range(0.5, 50)]
    public double MaxStackPitchEm { get; init; } = 3.0;

    /// <summary>
    /// A number of a stack is cut off from a neighbouring word that is not in the stack when the gap
    /// is wider than this many ems: wider than a word space, narrower than a column gap. Default 0.4 em.
    /// </summary>
    [Range(0.1, 20)]
    public double StackGapEm { get; init; } = 0.4;
}
