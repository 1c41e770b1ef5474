namespace Kompass.Ingest.Extraction.Questions;

/// <summary>
/// What the columns of one question table hold. The text side (ids and question text) is every run
/// that starts at the table's left edge (up to <see cref="FlushLimit"/>) or ends before the first
/// numeric band; right of it lie the score, max and percent bands (null where the table prints none).
/// </summary>
internal sealed record ColumnRoles(double FlushLimit, NumericBand? Score, NumericBand? Max, NumericBand? Percent, double Slack)
{
    /// <summary>The bands with a role, left to right.</summary>
    public IReadOnlyList<NumericBand> Bands { get; } = new[] { Score, Max, Percent }.OfType<NumericBand>().OrderBy(b => b.Left).ToList();

    /// <summary>The left edge of the leftmost band with a role.</summary>
    public double NumbersLeft => Bands[0].Left;

    /// <summary>True when the run belongs to the text side of its row.</summary>
    public bool IsText(WordRun run) => run.Box.Left <= FlushLimit || run.Box.Right < NumbersLeft - Slack;
}
