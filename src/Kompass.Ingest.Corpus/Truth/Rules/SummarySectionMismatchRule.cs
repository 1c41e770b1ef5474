using System.Globalization;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Truth.Rules;

/// <summary><c>summary-section-mismatch</c>: an area's score differs between the summary table, its section ("Poäng") and its table's total row.</summary>
public sealed class SummarySectionMismatchRule : IReportRule
{
    /// <inheritdoc />
    public IEnumerable<TruthFlag> Check(PrintedReport report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var area in report.Areas)
        {
            var printed = new[] { area.SummaryScore, area.SectionScore, area.TableTotal }.OfType<decimal>().Distinct().ToList();
            if (printed.Count > 1)
            {
                yield return new TruthFlag(
                    FlagCodes.SummarySectionMismatch,
                    FlagSeverity.Warning,
                    area.Number,
                    null,
                    string.Create(CultureInfo.InvariantCulture, $"area {area.Number}: summary {area.SummaryScore}, section {area.SectionScore}, table total {area.TableTotal}"));
            }
        }
    }
}
