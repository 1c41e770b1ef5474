namespace Kompass.Ingest.Domain.Reports;

/// <summary>
/// Names the theme of a strength or improvement: one of its area's subheadings ("Rubriker") of
/// the document's framework revision, so that analysts can filter findings by theme across years.
/// Implementations are thread-safe.
/// </summary>
public interface IFindingThemes
{
    /// <summary>The subheading the item of <paramref name="area"/> is about, or null when none is clear.</summary>
    string? ThemeOf(FrameworkRevision revision, int area, bool isStrength, string text);
}
