namespace Kompass.Ingest.Domain.Layout;

/// <summary>
/// A whole document as the reading layer saw it. <see cref="Warnings"/> holds each repair the
/// reader made (a recovered cross-reference table, a page that could not be read) so that the
/// document, not the log, remembers it.
/// </summary>
public sealed record DocumentLayout(
    IReadOnlyList<PageLayout> Pages,
    IReadOnlyList<string> Warnings,
    bool FromOcr)
{
    /// <summary>The program that wrote the PDF (its Producer entry, e.g. "LibreOffice 7.4"), or null when it names none.</summary>
    public string? Producer { get; init; }

    /// <summary>True when no page has any word: nothing to extract without OCR.</summary>
    public bool HasNoText => Pages.All(p => p.Words.Count == 0);
}
