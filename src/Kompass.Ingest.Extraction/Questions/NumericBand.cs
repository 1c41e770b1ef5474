namespace Kompass.Ingest.Extraction.Questions;

/// <summary>
/// A column of printed numbers found from the numbers themselves: the horizontal extent of the
/// runs that overlap one another (right-aligned numbers of any width line up), how many table rows
/// put a number in it and how many of those numbers carry a percent sign.
/// </summary>
internal sealed record NumericBand(double Left, double Right, int Rows, int Percents)
{
    /// <summary>True when the run's horizontal extent touches this band (with <paramref name="slack"/> points each side).</summary>
    public bool Holds(WordRun run, double slack) => run.Box.Left <= Right + slack && run.Box.Right >= Left - slack;
}
