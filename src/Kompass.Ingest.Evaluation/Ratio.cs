namespace Kompass.Ingest.Evaluation;

/// <summary>
/// A share of hits in a total, kept as counts so that families add up exactly to the overall
/// figure. <see cref="Value"/> is null when there is nothing to count: such a figure prints as
/// "–", never as 100 %.
/// </summary>
public readonly record struct Ratio(int Hits, int Total)
{
    /// <summary>Hits divided by total (0–1), or null without a denominator.</summary>
    public double? Value => Total == 0 ? null : (double)Hits / Total;

    /// <summary>One comparison: a hit or a miss.</summary>
    public static Ratio Of(bool hit) => new(hit ? 1 : 0, 1);

    /// <summary>Pools two ratios by adding their counts.</summary>
    public static Ratio operator +(Ratio left, Ratio right) => new(left.Hits + right.Hits, left.Total + right.Total);

    /// <summary>Same as <c>+</c>, for languages without operators.</summary>
    public static Ratio Add(Ratio left, Ratio right) => left + right;
}
