using System.Globalization;
using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Truth.Rules;

/// <summary>
/// <c>total-mismatch</c>: the printed area scores (summary, else section) do not add up to the
/// printed total. Info when the difference is at most 4 (eight rounded areas can explain that),
/// warning above.
/// </summary>
public sealed class TotalMismatchRule : IReportRule
{
    /// <summary>The largest difference rounding can explain.</summary>
    public const decimal RoundingAllowance = 4;

    /// <inheritdoc />
    public IEnumerable<TruthFlag> Check(PrintedReport report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        var scores = report.Areas.Select(a => a.SummaryScore ?? a.SectionScore).OfType<decimal>().ToList();
        if (report.Total is not { } total || scores.Count == 0)
        {
            yield break;
        }

        var sum = scores.Sum();
        var difference = Math.Abs(sum - total);
        if (difference > 0)
        {
            yield return new TruthFlag(
                FlagCodes.TotalMismatch,
                difference <= RoundingAllowance ? FlagSeverity.Info : FlagSeverity.Warning,
                null,
                null,
                string.Create(CultureInfo.InvariantCulture, $"area scores add up to {sum}, total printed as {total}"));
        }
    }
}
