namespace Kompass.Ingest.Web.Api.Json;

/// <summary>The body of a dismissal, a reopening or an undo: who and why.</summary>
public sealed record DecisionRequest(string? Reviewer, string? Reason);
