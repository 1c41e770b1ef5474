namespace Kompass.Ingest.Layout;

/// <summary>Reads what a PDF font name says: the family without its subset tag, and whether it is bold.</summary>
internal static class FontNames
{
    // Weight words that font vendors put in PostScript names ("Arial,Bold", "Calibri-Bold",
    // "SourceSansPro-Semibold", "Lato-Black", "Avenir-Heavy"). "Demi" covers "DemiBold"/"Demi".
    private static readonly string[] BoldMarkers = ["bold", "black", "heavy", "semibold", "demi"];

    /// <summary>Removes the six-letter subset tag ("ABCDEF+Calibri-Bold" → "Calibri-Bold").</summary>
    public static string WithoutSubsetTag(string? fontName)
    {
        if (string.IsNullOrEmpty(fontName))
        {
            return string.Empty;
        }

        // The tag is checked on a span, not a substring: this runs for every word and every space glyph.
        var plus = fontName.IndexOf('+', StringComparison.Ordinal);
        return plus == 6 && !fontName.AsSpan(0, 6).ContainsAnyExceptInRange('A', 'Z') ? fontName[7..] : fontName;
    }

    /// <summary>True when the name carries a bold weight word.</summary>
    public static bool NameSaysBold(string fontName)
    {
        foreach (var marker in BoldMarkers)
        {
            if (fontName.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
