using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Truth.Rules;

/// <summary>
/// <c>finding-misplaced</c>: a strength or improvement reads as belonging to another area. Meaning
/// cannot be computed from numbers, so the generator marks such items when it composes them
/// (<see cref="PrintedArea.ForeignFindings"/>); every other item is composed from its own area's vocabulary.
/// </summary>
public sealed class FindingMisplacedRule : IReportRule
{
    /// <inheritdoc />
    public IEnumerable<TruthFlag> Check(PrintedReport report, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Areas
            .Where(a => a.ForeignFindings.Count > 0)
            .Select(a => new TruthFlag(
                FlagCodes.FindingMisplaced,
                FlagSeverity.Info,
                a.Number,
                null,
                $"area {a.Number}: \"{a.ForeignFindings[0]}\" reads as another area's finding"));
    }
}
