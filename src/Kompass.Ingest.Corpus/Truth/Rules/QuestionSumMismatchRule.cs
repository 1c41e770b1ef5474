using System.Globalization;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Truth.Rules;

/// <summary>
/// <c>question-sum-mismatch</c>: no unrounded row values add up to the area's score (its table's
/// total row, else its section's score). Each row's value lies in its <see cref="RowInterval"/>;
/// the flag is raised when the sum of those intervals lies wholly more than 0.5 away from the
/// area's score. Rows adding to 77 against a printed 76 are consistent when the percentages allow it.
/// </summary>
public sealed class QuestionSumMismatchRule : IReportRule
{
    /// <inheritdoc />
    public IEnumerable<TruthFlag> Check(PrintedReport report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var area in report.Areas.Where(a => a.Questions.Count > 0))
        {
            if ((area.TableTotal ?? area.SectionScore) is not { } target)
            {
                continue;
            }

            var low = area.Questions.Sum(r => RowInterval.Of(r).Low);
            var high = area.Questions.Sum(r => RowInterval.Of(r).High);
            if (target < low - RowInterval.ScoreTolerance || target > high + RowInterval.ScoreTolerance)
            {
                yield return new TruthFlag(
                    FlagCodes.QuestionSumMismatch,
                    FlagSeverity.Warning,
                    area.Number,
                    null,
                    string.Create(CultureInfo.InvariantCulture, $"area {area.Number}: rows add up to {area.Questions.Sum(r => r.Score)} (possible {low}–{high}), area score {target}"));
            }
        }
    }
}
