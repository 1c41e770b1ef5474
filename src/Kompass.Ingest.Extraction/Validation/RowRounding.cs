using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// What a row's printed numbers say about its unrounded score: within
/// <see cref="ValidationOptions.RowScoreRounding"/> of the printed score and, where the printed
/// percent agrees with it, within <see cref="ValidationOptions.PercentRoundingPerMax"/>·m of p·m/100.
/// Shared by <see cref="PercentRule"/>, <see cref="QuestionSumRule"/> and the OCR number repair so they never disagree
/// about what "agrees" means.
/// </summary>
internal static class RowRounding
{
    /// <summary>The score p·m/100 the printed percent stands for; null without a percent or a max.</summary>
    public static decimal? PercentScore(QuestionRow row)
        => row.Percent is { } p && row.Max is { } m ? checked(p.Value * m.Value / 100m) : null;

    /// <summary>True when the row has a percent that no score rounding to the printed one can give.</summary>
    public static bool PercentDisagrees(QuestionRow row, ValidationOptions options)
        => row.Score is { } s && row.Max is { } m && PercentScore(row) is { } fromPercent
           && Math.Abs(s.Value - fromPercent) > options.RowScoreRounding + (options.PercentRoundingPerMax * m.Value);

    /// <summary>The interval the row's unrounded score lies in; null for a row without a score.</summary>
    public static (decimal Low, decimal High)? Interval(QuestionRow row, ValidationOptions options)
    {
        if (row.Score is not { } s)
        {
            return null;
        }

        var low = s.Value - options.RowScoreRounding;
        var high = s.Value + options.RowScoreRounding;
        if (!PercentDisagrees(row, options) && PercentScore(row) is { } fromPercent && row.Max is { } m)
        {
            // The two intervals overlap (that is what "agrees" means), so the intersection is not empty.
            var slack = options.PercentRoundingPerMax * m.Value;
            low = Math.Max(low, fromPercent - slack);
            high = Math.Min(high, fromPercent + slack);
        }

        return (low, high);
    }

    /// <summary>The interval the rows' unrounded sum lies in; null when a row has no score.</summary>
    public static (decimal Low, decimal High)? SumInterval(IReadOnlyList<QuestionRow> rows, ValidationOptions options)
    {
        var intervals = rows.Select(r => Interval(r, options)).ToList();
        if (intervals.Any(i => i is null))
        {
            return null;
        }

        return (intervals.Sum(i => i!.Value.Low), intervals.Sum(i => i!.Value.High));
    }
}
