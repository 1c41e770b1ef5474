namespace Kompass.Ingest.Domain.Reports;

/// <summary>
/// One inconsistency found in a document: its contract code, severity, the area and question it
/// concerns, a one-line message naming both values, and the provenance of the values compared.
/// </summary>
public sealed record Flag(
    string Code,
    FlagSeverity Severity,
    int? Area,
    string? Question,
    string Message,
    IReadOnlyList<Provenance.Provenance> Evidence)
{
    /// <summary>Review status; a fresh flag is open.</summary>
    public FlagStatus Status { get; init; } = FlagStatus.Open;

    /// <summary>
    /// True for a flag raised by looking across the store (<c>duplicate-report</c>) rather than by
    /// one document's rules: such a flag is recomputed by the store-wide check, not by re-running
    /// the document's rules on a correction.
    /// </summary>
    public bool FromStore { get; init; }
}
