namespace Kompass.Ingest.Web.Api.Json;

/// <summary>One line of a document's audit trail.</summary>
/// <param name="At">When (UTC).</param>
/// <param name="Reviewer">Who.</param>
/// <param name="Action">correct, undo, dismiss or reopen.</param>
/// <param name="Subject">The field, or the flag's id and code.</param>
/// <param name="OldValue">A correction's old value.</param>
/// <param name="NewValue">A correction's new value.</param>
/// <param name="Reason">Why, in the reviewer's words.</param>
public sealed record AuditJson(DateTimeOffset At, string Reviewer, string Action, string Subject, string? OldValue, string? NewValue, string Reason);
