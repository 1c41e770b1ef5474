using System.Globalization;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Truth.Rules;

/// <summary>
/// <c>area-max-mismatch</c>: an area's row maxima do not add up to 100, checked only where the
/// table lists every row of the question set (a missing row is <c>missing-question</c> instead).
/// </summary>
public sealed class AreaMaxMismatchRule : IReportRule
{
    /// <summary>What an area's maxima add up to.</summary>
    public const decimal AreaMax = 100;

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
            var listsEveryRow = set.ForArea(area.Number).All(q => printed.Contains(q.Id));
            var sum = area.Questions.Sum(q => q.Max);
            if (listsEveryRow && sum != AreaMax)
            {
                yield return new TruthFlag(
                    FlagCodes.AreaMaxMismatch,
                    FlagSeverity.Warning,
                    area.Number,
                    null,
                    string.Create(CultureInfo.InvariantCulture, $"area {area.Number}: row maxima add up to {sum}, not 100"));
            }
        }
    }
}
