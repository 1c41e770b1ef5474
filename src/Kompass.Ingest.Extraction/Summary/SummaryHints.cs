using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Summary;

/// <summary>
/// What the other parts already know about the report and the summary table readers use to pick
/// the right columns: the framework revision (to recognise area names), the evaluation year and
/// the municipality's name (the current evaluation's column is headed by them, when a table also
/// shows an earlier evaluation or another statistic). Each may be unknown.
/// </summary>
internal sealed record SummaryHints(FrameworkRevision? Revision, int? ReportYear, string? Municipality)
{
    /// <summary>The hints a draft gives.</summary>
    public static SummaryHints Of(ReportExtraction draft)
        => new(draft.Framework, draft.Year?.Value, draft.Municipality?.Name);
}
