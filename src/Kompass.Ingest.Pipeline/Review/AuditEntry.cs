using Kompass.Ingest.Domain.Review;

namespace Kompass.Ingest.Pipeline.Review;

/// <summary>
/// One line of a document's audit trail: who did what, when and why. <see cref="Subject"/> is the
/// corrected field, or the flag's id and code; old and new values are those of a correction.
/// </summary>
public sealed record AuditEntry(
    DateTimeOffset At,
    string Reviewer,
    AuditAction Action,
    string Subject,
    string? OldValue,
    string? NewValue,
    string Reason)
{
    // Orders entries made in the same instant: corrections before decisions, each by its number.
    internal (int Kind, int Id) Sequence { get; private init; }

    /// <summary>The trail's line for a correction (or an undo of one).</summary>
    public static AuditEntry Of(Correction c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new AuditEntry(c.At, c.Reviewer, c.Reverts is null ? AuditAction.Correct : AuditAction.Undo, c.Field, c.OldValue, c.NewValue, c.Reason)
        {
            Sequence = (0, c.Id),
        };
    }

    /// <summary>The trail's line for a flag decision.</summary>
    public static AuditEntry Of(FlagDecision d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new AuditEntry(d.At, d.Reviewer, d.Kind == FlagDecisionKind.Dismiss ? AuditAction.Dismiss : AuditAction.Reopen, $"flag {d.FlagId} ({d.Code})", null, null, d.Reason)
        {
            Sequence = (1, d.Id),
        };
    }
}

/// <summary>What a reviewer did.</summary>
public enum AuditAction
{
    /// <summary>Corrected a value.</summary>
    Correct,

    /// <summary>Took a correction back.</summary>
    Undo,

    /// <summary>Dismissed a flag.</summary>
    Dismiss,

    /// <summary>Reopened a dismissed flag.</summary>
    Reopen,
}
