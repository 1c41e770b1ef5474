using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Validation;

namespace Kompass.Ingest.Extraction.Reconciliation;

/// <summary>
/// Whether the statements of one area's score agree: the summary table, the section, the question
/// table's total row, and the question rows' sum (within their rounding, as
/// <see cref="QuestionSumRule"/> reads it), each row within its max. The rows count only when
/// every row has a score and, where the question set is known, every question has a row: a row
/// not read is not a misreading. Pure.
/// </summary>
internal sealed class AreaStatements(ValidationOptions options)
{
    /// <summary>True when they agree, false when not, null when fewer than two statements are there to compare.</summary>
    public bool? Agree(AreaExtraction area, IReadOnlyList<QuestionDefinition>? questions)
    {
        var printed = Printed(area).ToList();
        var rows = RowsCount(area, questions);
        if (printed.Count + (rows ? 1 : 0) < 2)
        {
            return null;
        }

        if (printed.Any(p => p < 0 || p > options.MaxAreaScore))
        {
            return false;
        }

        if (printed.SelectMany((a, i) => printed.Skip(i + 1).Select(b => (a, b))).Any(p => !Same(p.a, p.b)))
        {
            return false;
        }

        if (!rows)
        {
            return true;
        }

        if (area.Questions.Any(r => r.Score!.Value < 0 || (r.Max is { } max && r.Score.Value > max.Value)))
        {
            return false;
        }

        var intervals = area.Questions.Select(r => RowRounding.Interval(r, options)!.Value).ToList();
        var low = intervals.Sum(i => i.Low) - options.AreaScoreRounding;
        var high = intervals.Sum(i => i.High) + options.AreaScoreRounding;
        return printed.All(p => p >= low && p <= high);
    }

    /// <summary>True when the printed numbers agree without any rounding: every printed score equal, and equal to the rows' printed sum.</summary>
    public static bool Exactly(AreaExtraction area, IReadOnlyList<QuestionDefinition>? questions)
    {
        var printed = Printed(area).ToList();
        if (RowsCount(area, questions))
        {
            printed.Add(area.Questions.Sum(r => r.Score!.Value));
        }

        return printed.Distinct().Count() == 1;
    }

    /// <summary>The printed scores of the area: summary, section, total row, those that are there.</summary>
    public static IEnumerable<decimal> Printed(AreaExtraction area)
        => new[] { area.SummaryScore, area.SectionScore, area.TableTotal }.Where(s => s is not null).Select(s => s!.Value);

    /// <summary>True when the rows' sum is a statement of the area's score.</summary>
    public static bool RowsCount(AreaExtraction area, IReadOnlyList<QuestionDefinition>? questions)
        => area.Questions.Count > 0
           && area.Questions.All(r => r.Score is not null)
           && (questions is null || questions.Count == area.Questions.Count);

    // As ScoreAgreementRule: equal, or one printed with decimals and the other it rounded.
    private bool Same(decimal a, decimal b)
        => a == b || ((a != decimal.Truncate(a) || b != decimal.Truncate(b)) && Math.Abs(a - b) <= options.AreaScoreRounding);
}
