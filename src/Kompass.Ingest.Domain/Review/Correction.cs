namespace Kompass.Ingest.Domain.Review;

/// <summary>
/// A reviewer's correction of one field of one document. Corrections are kept apart from the
/// extractions, so that extracting a document again (a better parser, a changed catalog) keeps
/// them: the export applies them to whatever the current extraction says.
/// </summary>
public sealed record Correction
{
    /// <summary>The store's number for the correction (0 until stored); the audit trail's order.</summary>
    public int Id { get; init; }

    /// <summary>The document (lowercase hex SHA-256).</summary>
    public required string Sha256 { get; init; }

    /// <summary>
    /// The corrected field in the export contract's terms: <c>year</c>, <c>municipality.code</c>,
    /// <c>areas[3].score</c>, <c>areas[3].strengths[2]</c> (1-based item), <c>areas[3].questions[3.2].max</c>.
    /// </summary>
    public required string Field { get; init; }

    /// <summary>The value the reviewer saw, as text (null when the field was empty).</summary>
    public string? OldValue { get; init; }

    /// <summary>The value the reviewer set, as text (null clears the field).</summary>
    public string? NewValue { get; init; }

    /// <summary>Who made the correction.</summary>
    public required string Reviewer { get; init; }

    /// <summary>When (UTC).</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Why, in the reviewer's words.</summary>
    public required string Reason { get; init; }

    /// <summary>
    /// The number of an earlier correction this one takes back (a reviewer's undo), or null. An
    /// undo is a correction of its own, so the audit trail keeps both; the applier skips the pair.
    /// </summary>
    public int? Reverts { get; init; }
}
