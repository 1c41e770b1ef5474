using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// <c>total-mismatch</c>: the printed area scores (each area's <see cref="AreaExtraction.Score"/>)
/// do not add up to the printed total. Info when the difference is at most
/// <see cref="ValidationOptions.TotalInfoAtMost"/> (eight rounded areas explain that), warning
/// above. Checked only when the total and every area's score are printed: a missing area is
/// <c>missing-area</c>'s business. Pure and thread-safe.
/// </summary>
public sealed class TotalRule(ValidationOptions options) : IDocumentRule
{
    /// <inheritdoc />
    public IEnumerable<Flag> Check(ReportExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        if (extraction.Total is not { } total)
        {
            yield break;
        }

        var scores = extraction.Areas.Where(a => a.Score is not null).Select(a => a.Score!).ToList();
        if (scores.Count != options.AreaCount)
        {
            yield break;
        }

        var sum = checked(scores.Sum(s => s.Value));
        var difference = Math.Abs(sum - total.Value);
        if (difference == 0)
        {
            yield break;
        }

        yield return new Flag(
            FlagCodes.TotalMismatch,
            difference <= options.TotalInfoAtMost ? FlagSeverity.Info : FlagSeverity.Warning,
            null,
            null,
            $"the area scores add up to {FlagText.Number(sum)}{FlagText.Page(scores[0].Source)}, the total says {FlagText.Number(total)}",
            [.. scores.Select(s => s.Source), total.Source]);
    }
}
