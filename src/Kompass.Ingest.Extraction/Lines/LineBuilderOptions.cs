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
}
