using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Domain.Reports;

/// <summary>
/// One row of an area's question table ("Översikt av poängfördelning"): the printed id ("1.1"),
/// the question text joined across wrapped lines, and the printed numbers. Numbers are null where
/// the cell was empty or unreadable.
/// </summary>
public sealed record QuestionRow(
    Sourced<string> Id,
    Sourced<string> Text,
    Sourced<decimal>? Score,
    Sourced<decimal>? Max,
    Sourced<decimal>? Percent)
{
    /// <summary>1-based page of the row (the page of its id).</summary>
    public int Page => Id.Source.Page;
}
