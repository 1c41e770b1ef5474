namespace Kompass.Ingest.Web.Api.Json;

/// <summary>Where a value is printed: the page (1-based; 0 for a derived value), its box and the text it was read from.</summary>
public sealed record PlaceJson(int Page, BoxJson? Box, string RawText);
