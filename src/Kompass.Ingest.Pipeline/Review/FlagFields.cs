using System.Globalization;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Pipeline.Review;

/// <summary>
/// The field a reviewer most likely corrects to deal with a flag, so that the review surfaces can
/// open it ready to edit: the area's score for a summary/section or row-sum mismatch, the row's
/// percent for a percent mismatch, the total for a total mismatch, the year for a date mismatch,
/// the municipality's code for an unknown municipality. Null where no one value is at fault (a
/// missing area, a duplicate, text quality): the reviewer then picks the field.
/// </summary>
public static class FlagFields
{
    /// <summary>The field path to open for <paramref name="flag"/>, or null.</summary>
    public static string? Suggested(Flag flag)
    {
        ArgumentNullException.ThrowIfNull(flag);
        var area = flag.Area is { } a ? string.Create(CultureInfo.InvariantCulture, $"areas[{a}].") : null;
        var question = area is not null && flag.Question is { } q ? $"{area}questions[{q}]." : null;
        return flag.Code switch
        {
            FlagCodes.PercentMismatch when question is not null => question + "percent",
            FlagCodes.ScoreOutOfRange when question is not null => question + "score",
            FlagCodes.ScoreOutOfRange or FlagCodes.SummarySectionMismatch or FlagCodes.QuestionSumMismatch when area is not null => area + "score",
            FlagCodes.TotalMismatch => "total",
            FlagCodes.DateMismatch => "year",
            FlagCodes.UnknownMunicipality => "municipality.code",
            _ => null,
        };
    }
}
