namespace Kompass.Ingest.Web.Api.Json;

/// <summary>One flag of a document.</summary>
/// <param name="Id">The flag's stable id.</param>
/// <param name="Code">The contract code.</param>
/// <param name="Severity">info, warning or error.</param>
/// <param name="Status">open, resolved or dismissed.</param>
/// <param name="Area">The area it concerns, or null.</param>
/// <param name="Question">The question it concerns, or null.</param>
/// <param name="Message">The one-line message.</param>
/// <param name="Field">The field to open for it (<c>FlagFields.Suggested</c>), or null.</param>
/// <param name="Evidence">Where the values it compared are printed.</param>
public sealed record FlagJson(
    string Id,
    string Code,
    string Severity,
    string Status,
    int? Area,
    string? Question,
    string Message,
    string? Field,
    IReadOnlyList<PlaceJson> Evidence);
