using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Truth.Rules;

/// <summary>
/// <c>missing-area</c>: a scored report lacks one of the eight areas in its summary table, its
/// sections or (analyses only) its question tables. A part the report does not print at all
/// (no summary table, no tables) is not evidence of a missing area.
/// </summary>
public sealed class MissingAreaRule : IReportRule
{
    /// <inheritdoc />
    public IEnumerable<TruthFlag> Check(PrintedReport report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var hasSummary = report.Areas.Any(a => a.SummaryScore is not null);
        var hasTables = report.Type == DocumentType.KommunKompassenAnalysis && report.Areas.Any(a => a.Questions.Count > 0);
        for (var number = 1; number <= 8; number++)
        {
            var area = report.Areas.FirstOrDefault(a => a.Number == number);
            var where = area is null ? "the report"
                : hasSummary && area.SummaryScore is null ? "the summary table"
                : hasTables && area.Questions.Count == 0 ? "the question tables"
                : null;
            if (where is not null)
            {
                yield return new TruthFlag(FlagCodes.MissingArea, FlagSeverity.Warning, number, null, $"area {number} is missing from {where}");
            }
        }
    }
}
