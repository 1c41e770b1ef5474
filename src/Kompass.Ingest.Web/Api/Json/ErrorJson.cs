namespace Kompass.Ingest.Web.Api.Json;

/// <summary>The body of every error answer.</summary>
/// <param name="Error">One line saying what went wrong and what to do.</param>
public sealed record ErrorJson(string Error);
