namespace Kompass.Ingest.Web.Api.Json;

/// <summary>One correctable value.</summary>
/// <param name="Field">The field path a correction names, e.g. <c>areas[3].score</c>.</param>
/// <param name="Area">The area it belongs to, or null for a document field.</param>
/// <param name="Value">The value in force, or null when empty.</param>
/// <param name="Extracted">The value as extracted, or null when empty.</param>
/// <param name="Corrected">True when a correction changed it.</param>
/// <param name="Source">Where it is printed, or null.</param>
public sealed record ValueJson(string Field, int? Area, string? Value, string? Extracted, bool Corrected, PlaceJson? Source);
