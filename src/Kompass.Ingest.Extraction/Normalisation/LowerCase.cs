using System.Globalization;

namespace Kompass.Ingest.Extraction.Normalisation;

/// <summary>
/// Lower case exactly as the Swedish culture (sv-SE) or the invariant culture gives it, without
/// the call into ICU for text in the Latin-1 range. Swedish text is never all ASCII (å, ä, ö), so <c>ToLower(sv-SE)</c> hands
/// nearly every line to ICU, one interop call per string or character; profiles of extraction and
/// validation showed those calls at a tenth of their time. Within Latin-1 the Unicode lower-case
/// mapping is plain (A–Z, À–Ö and Ø–Þ move up by 0x20; nothing else changes) and neither culture
/// has a tailoring there. The punctuation, symbols and private-use glyphs that reports print beside
/// Swedish text (dashes, curly quotes, bullets, symbol-font glyphs) have no case at all. Any other
/// character leaves the work to the culture, so the result is the culture's always. Pure and
/// thread-safe.
/// </summary>
public static class LowerCase
{
    private static readonly CultureInfo SwedishCulture = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary><paramref name="text"/> in lower case, as <c>text.ToLower(sv-SE)</c> gives it.</summary>
    public static string Swedish(string text) => Of(text, SwedishCulture);

    /// <summary><paramref name="text"/> in lower case, as <c>text.ToLowerInvariant()</c> gives it.</summary>
    public static string Invariant(string text) => Of(text, CultureInfo.InvariantCulture);

    /// <summary><paramref name="c"/> in lower case, as <c>char.ToLower(c, sv-SE)</c> gives it.</summary>
    public static char Swedish(char c) => IsKnown(c) ? OfKnown(c) : char.ToLower(c, SwedishCulture);

    /// <summary><paramref name="c"/> in lower case, as <c>char.ToLowerInvariant(c)</c> gives it.</summary>
    public static char Invariant(char c) => IsKnown(c) ? OfKnown(c) : char.ToLowerInvariant(c);

    private static string Of(string text, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstToChange(text);
        if (first < 0)
        {
            return text;
        }

        if (first == int.MaxValue)
        {
            return text.ToLower(culture);
        }

        return string.Create(text.Length, (text, first), static (lower, state) =>
        {
            var (source, from) = state;
            source.AsSpan(0, from).CopyTo(lower);
            for (var i = from; i < source.Length; i++)
            {
                lower[i] = OfKnown(source[i]);
            }
        });
    }

    // The index of the first character that lower case changes; -1 when none does, int.MaxValue
    // when the text holds a character this class does not know (the culture decides then).
    private static int FirstToChange(string text)
    {
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsKnown(c))
            {
                return int.MaxValue;
            }

            if (first < 0 && OfKnown(c) != c)
            {
                first = i;
            }
        }

        return first;
    }

    // Latin-1, and blocks without any case mapping: General Punctuation, currency symbols, arrows,
    // box drawing to dingbats, and the private use area.
    private static bool IsKnown(char c)
        => c is <= '\u00FF' or (>= '\u2000' and <= '\u206F') or (>= '\u20A0' and <= '\u20CF')
            or (>= '\u2190' and <= '\u21FF') or (>= '\u2500' and <= '\u27BF') or (>= '\uE000' and <= '\uF8FF');

    private static char OfKnown(char c)
        => c is (>= 'A' and <= 'Z') or (>= '\u00C0' and <= '\u00DE' and not '\u00D7') ? (char)(c + 0x20) : c;
}
