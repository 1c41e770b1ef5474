using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Truth.Rules;

/// <summary><c>missing-question</c>: an area's table lacks a question its question set has (areas without a table are <c>missing-area</c>).</summary>
public sealed class MissingQuestionRule : IReportRule
{
    /// <inheritdoc />
    public IEnumerable<TruthFlag> Check(PrintedReport report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(context);
        if (context.QuestionSet is not { } set)
        {
            yield break;
        }

        foreach (var area in report.Areas.Where(a => a.Questions.Count > 0))
        {
            var printed = area.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var question in set.ForArea(area.Number).Where(q => !printed.Contains(q.Id)))
            {
                yield return new TruthFlag(
                    FlagCodes.MissingQuestion,
                    FlagSeverity.Warning,
                    area.Number,
                    question.Id,
                    $"area {area.Number}: question {question.Id} of set {set.Name} is not in the table");
            }
        }
    }
}
