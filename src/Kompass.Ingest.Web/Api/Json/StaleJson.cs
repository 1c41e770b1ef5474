namespace Kompass.Ingest.Web.Api.Json;

/// <summary>A correction that no longer fits the document's current extraction, and why.</summary>
public sealed record StaleJson(string Field, string? NewValue, string Reviewer, string Reason);
