using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Pipeline.Review;

/// <summary>
/// One correctable value of a document as a reviewer sees it: its field path (what
/// <c>kompass correct</c> takes), the value in force, the value as extracted, and where it is printed.
/// </summary>
/// <param name="Field">The field path, e.g. <c>areas[3].questions[3.2].score</c>.</param>
/// <param name="Area">The area the value belongs to, or null for a document field.</param>
/// <param name="Value">The value in force (corrections applied), as text; null when empty.</param>
/// <param name="Extracted">The value as extracted, as text; null when empty.</param>
/// <param name="Source">Where the value is printed (page 0: derived, not printed).</param>
public sealed record FieldValue(string Field, int? Area, string? Value, string? Extracted, Provenance? Source)
{
    /// <summary>True when a correction changed the value.</summary>
    public bool Corrected => !string.Equals(Value, Extracted, StringComparison.Ordinal);

    /// <summary>The page the value is printed on, or null.</summary>
    public int? Page => Source is { Page: > 0 } s ? s.Page : null;
}
