namespace Kompass.Ingest.Domain.Review;

/// <summary>
/// A reviewer's decision on one flag: dismissing it (the printed report really is inconsistent)
/// or taking a dismissal back. Decisions are appended, never changed, so the latest decision of a
/// flag says whether it is dismissed and the list of them is part of the audit trail. They are
/// kept apart from the flags, which are recomputed with every extraction, and name the flag by
/// its stable <see cref="FlagIds">id</see>, so they survive re-extraction.
/// </summary>
public sealed record FlagDecision
{
    /// <summary>The store's number for the decision (0 until stored); the audit trail's order.</summary>
    public int Id { get; init; }

    /// <summary>The document (lowercase hex SHA-256).</summary>
    public required string Sha256 { get; init; }

    /// <summary>The flag's stable id (<see cref="FlagIds"/>).</summary>
    public required string FlagId { get; init; }

    /// <summary>The flag's code, kept for the audit trail's readers.</summary>
    public required string Code { get; init; }

    /// <summary>Dismissed, or reopened.</summary>
    public required FlagDecisionKind Kind { get; init; }

    /// <summary>Who decided.</summary>
    public required string Reviewer { get; init; }

    /// <summary>When (UTC).</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Why, in the reviewer's words.</summary>
    public required string Reason { get; init; }
}

/// <summary>What a reviewer decided about a flag.</summary>
public enum FlagDecisionKind
{
    /// <summary>The printed values are accepted: the flag is dismissed.</summary>
    Dismiss,

    /// <summary>An earlier dismissal is taken back: the flag is open again.</summary>
    Reopen,
}
