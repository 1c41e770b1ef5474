namespace Kompass.Ingest.Web.Api.Json;

/// <summary>One flag of the queue with its document.</summary>
/// <param name="Id">The flag's stable id (10 hex digits).</param>
/// <param name="Sha256">The document's hash.</param>
/// <param name="Code">The flag's contract code.</param>
/// <param name="Severity">info, warning or error.</param>
/// <param name="Status">open, resolved or dismissed.</param>
/// <param name="Municipality">The municipality's official name, or null.</param>
/// <param name="MunicipalityCode">The municipality's official code, or null.</param>
/// <param name="Year">The evaluation year, or null.</param>
/// <param name="Message">The flag's one-line message.</param>
/// <param name="Path">The document's first path in the archive.</param>
public sealed record QueueItemJson(
    string Id,
    string Sha256,
    string Code,
    string Severity,
    string Status,
    string? Municipality,
    string? MunicipalityCode,
    int? Year,
    string Message,
    string Path);
