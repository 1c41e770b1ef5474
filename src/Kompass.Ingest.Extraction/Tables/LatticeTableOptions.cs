using System.ComponentModel.DataAnnotations;

namespace Kompass.Ingest.Extraction.Tables;

/// <summary>
/// Tolerances of <see cref="LatticeTableDetector"/>, in PDF points (ruling lines are drawn at exact
/// positions, so font-relative units would not help here). Plain data.
/// </summary>
public sealed record LatticeTableOptions
{
    /// <summary>
    /// Line ends this close are joined into one line, lines this close to each other are one grid
    /// line (double borders), and a line this close to another counts as touching it. Default 2 pt.
    /// </summary>
    [Range(0.1, 20.0)]
    public double LineJoinTolerance { get; init; } = 2.0;

    /// <summary>A cell edge exists when ruling lines cover at least this share of it. Default 0.8.</summary>
    [Range(0.1, 1.0)]
    public double EdgeCoverage { get; init; } = 0.8;

    /// <summary>Ruling lines shorter than this are ignored (tick marks, bullets). Default 4 pt.</summary>
    [Range(0.0, 100.0)]
    public double MinLineLength { get; init; } = 4.0;

    /// <summary>Words in a cell whose vertical centres differ by at most this many ems (of the table's words) share a line. Default 0.4.</summary>
    [Range(0.05, 2.0)]
    public double LineTolerance { get; init; } = 0.4;

    /// <summary>A grid with fewer rows than this is not a table. Default 2.</summary>
    [Range(1, 100)]
    public int MinRows { get; init; } = 2;

    /// <summary>A grid with fewer columns than this is not a table. Default 2.</summary>
    [Range(1, 100)]
    public int MinColumns { get; init; } = 2;

    /// <summary>
    /// At least this share of the cells must hold words: a chart's bars and gridlines also cross,
    /// but leave nearly every cell empty. Default 0.2.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinFilledCellShare { get; init; } = 0.2;

    /// <summary>Share of a column's cells (below its first number) that must be numbers for it to be a numeric column. Default 0.7.</summary>
    [Range(0.5, 1.0)]
    public double NumericColumnShare { get; init; } = 0.7;

    /// <summary>How a total row is recognised.</summary>
    public TotalRowOptions TotalRow { get; init; } = new();
}
