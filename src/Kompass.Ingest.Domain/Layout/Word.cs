using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Domain.Layout;

/// <summary>
/// One word on a page as the reading layer saw it: its text (ligatures and odd spaces already
/// normalised), its box, and its font. Everything extraction knows about a page is built from these.
/// </summary>
public sealed record Word(string Text, BoundingBox Box, string FontName, double FontSize, bool IsBold);
