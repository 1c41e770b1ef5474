namespace Kompass.Ingest.Corpus.Content;

/// <summary>Rounding as the reports print it: half away from zero, on decimals (no binary surprises).</summary>
public static class ScoreMath
{
    /// <summary>Rounds to a whole number, 0.5 away from zero (9.5 → 10).</summary>
    public static decimal RoundAway(decimal value) => Math.Round(value, 0, MidpointRounding.AwayFromZero);

    /// <summary>The printed percent of an unrounded <paramref name="value"/> out of <paramref name="max"/>.</summary>
    public static int Percent(decimal value, decimal max)
        => max == 0 ? 0 : (int)RoundAway(value * 100m / max);
}
