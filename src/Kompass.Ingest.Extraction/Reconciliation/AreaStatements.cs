using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Validation;

namespace Kompass.Ingest.Extraction.Reconciliation;

/// <summary>
/// Whether the statements of one area's score agree: the summary table, the section, the question
/// table's total row, and the question rows' sum (within their rounding, as
/// <see cref="QuestionSumRule"/> reads it; printed scores compared as <see cref="ScoreAgreementRule"/> does), each row within its max. The rows count only when
/// every row has a score and, where the question set is known, every question has a row: a row
/// not read is not a misreading. Pure.
/// </summary>
internal sealed class AreaStatements(ValidationOptions options)
{
    /// <summary>True when they agree, false when not, null when fewer than two statements are there to compare.</summary>
    public bool? Agree(AreaExtraction area, IReadOnlyList<QuestionDefinition>? questions)
    {
        if (Count(area, questions) < 2)
        {
            return null;
        }

        var printed = Printed(area).ToList();

        if (printed.Any(p => p < 0 || p > options.MaxAreaScore))
        {
            return false;
        }

        if (printed.SelectMany((a, i) => printed.Skip(i + 1).Select(b => (a, b))).Any(p => !ScoreAgreementRule.Agree(p.a, p.b, options)))
        {
            return false;
        }

        if (!RowsCount(area, questions))
        {
            return true;
        }

        if (area.Questions.Any(r => r.Score!.Value < 0 || (r.Max is { } max && r.Score.Value > max.Value)))
        {
            return false;
        }

        // RowsCount holds only when every row has a score, so the interval is there.
        var (low, high) = RowRounding.SumInterval(area.Questions, options)!.Value;
        return printed.All(p => p >= low - options.AreaScoreRounding && p <= high + options.AreaScoreRounding);
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

    /// <summary>How many statements of the area's score there are: the printed ones, and the rows' sum where it counts.</summary>
    public static int Count(AreaExtraction area, IReadOnlyList<QuestionDefinition>? questions)
        => Printed(area).Count() + (RowsCount(area, questions) ? 1 : 0);

    /// <summary>True when the rows' sum is a statement of the area's score.</summary>
    public static bool RowsCount(AreaExtraction area, IReadOnlyList<QuestionDefinition>? questions)
        => area.Questions.Count > 0
           && area.Questions.All(r => r.Score is not null)
           && (questions is null || questions.Count == area.Questions.Count);
}
