using Kompass.Ingest.Corpus.Model;

namespace Kompass.Ingest.Corpus.Truth.Rules;

/// <summary>
/// One check of the export contract's flag table, applied to the values a generated report
/// prints. Pure and thread-safe; returns nothing for a consistent report.
/// </summary>
public interface IReportRule
{
    /// <summary>The flags this rule raises on <paramref name="report"/>.</summary>
    IEnumerable<TruthFlag> Check(PrintedReport report, RuleContext context);
}
