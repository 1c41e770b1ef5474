using System.ComponentModel.DataAnnotations;

namespace Kompass.Ingest.Extraction.Tables;

/// <summary>
/// Tolerances of <see cref="StreamTableDetector"/>. Distances are in ems: multiples of the median
/// font size of the words being read (so one set of values serves 8 pt and 14 pt tables alike),
/// never page coordinates of one template. Plain data; the defaults suit born-digital reports.
/// </summary>
public sealed record StreamTableOptions
{
    /// <summary>Words whose vertical centres differ by at most this share a printed line. Default 0.4 em.</summary>
    [Range(0.05, 2.0)]
    public double LineTolerance { get; init; } = 0.4;

    /// <summary>A gap at least this wide between two words of one line separates two cells. Default 1.0 em (a word space is about 0.3 em).</summary>
    [Range(0.3, 10.0)]
    public double ColumnGap { get; init; } = 1.0;

    /// <summary>A vertical channel of whitespace must be at least this wide to separate two columns. Default 0.5 em.</summary>
    [Range(0.1, 10.0)]
    public double MinChannelWidth { get; init; } = 0.5;

    /// <summary>
    /// Share of the lines that may cross a column channel (spanning headings); at least one line
    /// always may. Default 0.25.
    /// </summary>
    [Range(0.0, 0.5)]
    public double SpanningLineShare { get; init; } = 0.25;

    /// <summary>
    /// Whitespace between two lines that exceeds the table's usual leading by more than this starts a
    /// new row (cell padding or paragraph spacing between rows). Default 0.3 em.
    /// </summary>
    [Range(0.1, 5.0)]
    public double RowGap { get; init; } = 0.3;

    /// <summary>Whitespace between two lines larger than this ends a table when the engine looks for tables itself. Default 2.5 em.</summary>
    [Range(0.5, 20.0)]
    public double TableBreakGap { get; init; } = 2.5;

    /// <summary>
    /// A line that starts within this of its column's left edge is flush with it (an id or first word
    /// of a row); one that starts further right is an indented continuation. Default 0.3 em.
    /// </summary>
    [Range(0.05, 3.0)]
    public double AlignmentTolerance { get; init; } = 0.3;

    /// <summary>At most this many single-cell lines (wrapped text) may sit between two table lines. Default 4.</summary>
    [Range(0, 50)]
    public int MaxWrappedLines { get; init; } = 4;

    /// <summary>Share of a column's cells (below its header) that must be numbers for it to be a numeric column. Default 0.7.</summary>
    [Range(0.5, 1.0)]
    public double NumericColumnShare { get; init; } = 0.7;

    /// <summary>A horizontal ruling line covering at least this share of the table's width separates rows. Default 0.5.</summary>
    [Range(0.1, 1.0)]
    public double RuleCoverage { get; init; } = 0.5;

    /// <summary>Cells averaging at least this many words per line read as running text (two-column body text is not a table). Default 6.</summary>
    [Range(2.0, 50.0)]
    public double ProseWordsPerLine { get; init; } = 6;

    /// <summary>Fewer rows than this is not a table when the engine looks for tables itself. Default 2.</summary>
    [Range(1, 100)]
    public int MinRows { get; init; } = 2;

    /// <summary>Fewer columns than this is not a table when the engine looks for tables itself. Default 2.</summary>
    [Range(1, 100)]
    public int MinColumns { get; init; } = 2;

    /// <summary>Tables found with a lower confidence (0–1) are dropped when the engine looks for tables itself. Default 0.5.</summary>
    [Range(0.0, 1.0)]
    public double MinConfidence { get; init; } = 0.5;

    /// <summary>How a total row is recognised.</summary>
    public TotalRowOptions TotalRow { get; init; } = new();
}
