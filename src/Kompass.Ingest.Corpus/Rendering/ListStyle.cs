using System.Globalization;
using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>
/// The look of a finding list. <see cref="Marker"/> is a glyph ("•", "–", "-", "o", "■"), a
/// numbering pattern with "#" for the number ("#.", "#)"), or empty for bare one-item-per-line
/// lists. Lengths in points.
/// </summary>
public sealed record ListStyle(FontSpec Font, string Marker, double Indent = 8, double Hang = 14, double ItemGap = 2)
{
    /// <summary>The marker printed before item <paramref name="index"/> (0-based).</summary>
    public string MarkerFor(int index)
        => Marker.Replace("#", (index + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>True for a list without markers.</summary>
    public bool IsBare => Marker.Length == 0;
}
