using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// <c>question-sum-mismatch</c>: no unrounded row values add up to the area's score (the total row
/// of its question table, else its section's score). Each row's unrounded value lies in the
/// interval <see cref="RowRounding.Interval"/> gives; the flag is raised when the sum of those
/// intervals lies wholly more than <see cref="ValidationOptions.AreaScoreRounding"/> away from the
/// area's score. Rows adding to 77 against a printed 76 are consistent when their percents pull
/// the unrounded values down. An area with a row without a score is not checked (the reading is
/// incomplete, not the report). Pure and thread-safe.
/// </summary>
public sealed class QuestionSumRule(ValidationOptions options) : IDocumentRule
{
    /// <inheritdoc />
    public IEnumerable<Flag> Check(ReportExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        foreach (var area in extraction.Areas)
        {
            var (target, where) = area.TableTotal is { } total ? (total, "the total row says")
                : area.SectionScore is { } section ? (section, "the section says")
                : (null, string.Empty);
            if (target is null || area.Questions.Count == 0)
            {
                continue;
            }

            if (RowRounding.SumInterval(area.Questions, options) is not { } sum)
            {
                continue;
            }

            var (low, high) = sum;

            if (target.Value >= low - options.AreaScoreRounding && target.Value <= high + options.AreaScoreRounding)
            {
                continue;
            }

            var printedSum = checked(area.Questions.Sum(r => r.Score!.Value));
            var first = area.Questions[0];
            yield return new Flag(
                FlagCodes.QuestionSumMismatch,
                FlagSeverity.Warning,
                area.Number,
                null,
                $"{FlagText.Subject(area.Number)}: rows add up to {FlagText.Number(printedSum)}{FlagText.Page(first.Id.Source)}, {where} {FlagText.Number(target)}; "
                + $"unrounded, the rows lie within {FlagText.Number(low)}–{FlagText.Number(high)}",
                [.. area.Questions.Select(r => r.Score!.Source), target.Source]);
        }
    }
}
