using System.Globalization;

namespace Kompass.Ingest.Export.Corrections;

/// <summary>
/// How a reviewer's typed value is read as a number. One grammar for every place that applies
/// corrections (the export's and the validator's), so a value accepted by one is accepted by both.
/// </summary>
public static class CorrectionValues
{
    /// <summary>A whole number, or null when <paramref name="value"/> is not one.</summary>
    public static int? Integer(string value)
        => int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>
    /// A decimal number, or null when <paramref name="value"/> is not one. Reviewers type Swedish
    /// decimal commas as often as points: both are read; thousands groups are not (a score has none).
    /// </summary>
    public static decimal? Number(string value)
        => decimal.TryParse(value.Trim().Replace(',', '.'), NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n) ? n : null;
}
