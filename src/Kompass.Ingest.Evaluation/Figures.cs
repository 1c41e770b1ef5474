using System.Globalization;

namespace Kompass.Ingest.Evaluation;

/// <summary>How reports print figures: percentages with one decimal, "–" where there is no denominator.</summary>
public static class Figures
{
    /// <summary>Printed for a figure without a denominator.</summary>
    public const string None = "–";

    /// <summary>A 0–1 figure as "97.5%", or "–".</summary>
    public static string Percent(double? value)
        => value is { } v ? (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : None;

    /// <summary>A plain number with two decimals, or "–".</summary>
    public static string Decimal(double? value)
        => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : None;

    /// <summary>An integer count.</summary>
    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
