using System.Globalization;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Truth.Rules;

/// <summary><c>percent-mismatch</c>: a row's percent cannot come from a score that rounds to the printed one (|s − p·m/100| &gt; 0.5 + 0.005·m).</summary>
public sealed class PercentMismatchRule : IReportRule
{
    /// <inheritdoc />
    public IEnumerable<TruthFlag> Check(PrintedReport report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var area in report.Areas)
        {
            foreach (var row in area.Questions.Where(r => r.Percent is not null && r.Max > 0 && !RowInterval.PercentAgrees(r)))
            {
                yield return new TruthFlag(
                    FlagCodes.PercentMismatch,
                    FlagSeverity.Warning,
                    area.Number,
                    row.Id,
                    string.Create(CultureInfo.InvariantCulture, $"row {row.Id}: {row.Score} of {row.Max} printed as {row.Percent} %, which needs a score near {row.Percent * row.Max / 100m}"));
            }
        }
    }
}
