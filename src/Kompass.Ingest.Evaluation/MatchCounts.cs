namespace Kompass.Ingest.Evaluation;

/// <summary>
/// Counts of a multiset comparison: how many exported items matched a truth item, how many were
/// exported and how many the truth expects. Precision, recall and F1 are null without a denominator.
/// </summary>
public readonly record struct MatchCounts(int Matched, int Exported, int Expected)
{
    /// <summary>Matched / exported (0–1), null when nothing was exported.</summary>
    public double? Precision => Exported == 0 ? null : (double)Matched / Exported;

    /// <summary>Matched / expected (0–1), null when the truth expects nothing.</summary>
    public double? Recall => Expected == 0 ? null : (double)Matched / Expected;

    /// <summary>
    /// 2·matched / (exported + expected), the harmonic mean of precision and recall written so that
    /// it stays defined (0) when one side is empty; null only when both sides are empty.
    /// </summary>
    public double? F1 => Exported + Expected == 0 ? null : 2.0 * Matched / (Exported + Expected);

    /// <summary>Pools two comparisons by adding their counts.</summary>
    public static MatchCounts operator +(MatchCounts left, MatchCounts right)
        => new(left.Matched + right.Matched, left.Exported + right.Exported, left.Expected + right.Expected);

    /// <summary>Same as <c>+</c>, for languages without operators.</summary>
    public static MatchCounts Add(MatchCounts left, MatchCounts right) => left + right;
}
