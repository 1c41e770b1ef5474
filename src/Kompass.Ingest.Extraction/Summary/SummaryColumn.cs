namespace Kompass.Ingest.Extraction.Summary;

/// <summary>
/// One column of numbers of a summary table: its horizontal extent in PDF points, the heading
/// printed above it (empty when none) and what it holds.
/// </summary>
internal sealed record SummaryColumn(double Left, double Right, string Heading, SummaryColumnRole Role)
{
    /// <summary>True when <paramref name="cell"/> stands in this column (its box overlaps the column, widened by <paramref name="slack"/>).</summary>
    public bool Holds(SummaryCell cell, double slack) => cell.Box.Right >= Left - slack && cell.Box.Left <= Right + slack;
}
