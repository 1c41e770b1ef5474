using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Domain.Layout;

/// <summary>
/// One word on a page as the reading layer saw it: its text (ligatures and odd spaces already
/// normalised), its box, and its font. Everything extraction knows about a page is built from these.
/// A word is what was printed as one: a word PdfPig split where kerning left a gap is one word
/// again, and a number grouped by thousands is one word whose groups are separated by one plain
/// space ("12 500"), however the PDF drew the separator (no-break, thin or narrow space, or a gap).
/// </summary>
public sealed record Word(string Text, BoundingBox Box, string FontName, double FontSize, bool IsBold);
