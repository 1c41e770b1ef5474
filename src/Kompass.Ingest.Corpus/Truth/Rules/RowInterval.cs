using Kompass.Ingest.Corpus.Model;

namespace Kompass.Ingest.Corpus.Truth.Rules;

/// <summary>
/// Where a question row's unrounded value can lie, by the contract: within 0.5 of the printed
/// score s and, where the printed percent p agrees with s, within 0.005·m of p·m/100. The percent
/// agrees when |s − p·m/100| ≤ 0.5 + 0.005·m.
/// </summary>
public readonly record struct RowInterval(decimal Low, decimal High)
{
    /// <summary>The half-width a printed score allows (0.5).</summary>
    public const decimal ScoreTolerance = 0.5m;

    /// <summary>The share of the max a printed percent allows on each side (0.005, i.e. half a percent).</summary>
    public const decimal PercentTolerance = 0.005m;

    /// <summary>True when the row's percent could come from a value that rounds to its score (or no percent is printed).</summary>
    public static bool PercentAgrees(PrintedQuestion row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Percent is not { } p || Math.Abs(row.Score - (p * row.Max / 100m)) <= ScoreTolerance + (PercentTolerance * row.Max);
    }

    /// <summary>The interval of the row's unrounded value.</summary>
    public static RowInterval Of(PrintedQuestion row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var low = row.Score - ScoreTolerance;
        var high = row.Score + ScoreTolerance;
        if (row.Percent is { } p && PercentAgrees(row))
        {
            var centre = p * row.Max / 100m;
            low = Math.Max(low, centre - (PercentTolerance * row.Max));
            high = Math.Min(high, centre + (PercentTolerance * row.Max));
        }

        return new RowInterval(low, high);
    }
}
