namespace Kompass.Ingest.Web.Api.Json;

/// <summary>The body of a correction: the field path, the new value (empty clears it), who and why.</summary>
public sealed record CorrectRequest(string? Field, string? Value, string? Reviewer, string? Reason);
