namespace Kompass.Ingest.Domain.Provenance;

/// <summary>
/// Where an extracted value came from: the page (1-based), the box on that page, the raw text it
/// was read from and the extractor (with version) that read it. The review UI highlights
/// <see cref="Box"/>; flags cite it.
/// </summary>
public sealed record Provenance(int Page, BoundingBox? Box, string RawText, string Extractor)
{
    /// <summary>A value with no place in the document (derived, or named by the file).</summary>
    public static Provenance Derived(string extractor, string rawText = "") => new(0, null, rawText, extractor);
}
