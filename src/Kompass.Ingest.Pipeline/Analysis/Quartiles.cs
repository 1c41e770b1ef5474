namespace Kompass.Ingest.Pipeline.Analysis;

/// <summary>
/// Quantiles by linear interpolation between order statistics (Hyndman and Fan's type 7, the
/// default of R and numpy and spreadsheets' QUARTILE.INC), so that analysts get the figures their
/// own tools would give.
/// </summary>
public static class Quartiles
{
    /// <summary>The <paramref name="p"/>-quantile (0 ≤ p ≤ 1) of <paramref name="sorted"/>, which must be sorted and non-empty.</summary>
    public static decimal Of(IReadOnlyList<decimal> sorted, decimal p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count);
        var h = (sorted.Count - 1) * p;
        var lower = (int)Math.Floor(h);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + ((h - lower) * (sorted[upper] - sorted[lower]));
    }
}
