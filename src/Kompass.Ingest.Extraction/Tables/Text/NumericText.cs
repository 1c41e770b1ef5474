using System.Globalization;
using System.Text.RegularExpressions;

namespace Kompass.Ingest.Extraction.Tables.Text;

/// <summary>
/// Recognises the text of a numeric table cell: "71", "1 234", "12,5", "−3", "(4)", "65%", "65 %".
/// Both decimal marks are accepted because tables mix Swedish and English conventions; a space
/// (also non-breaking or thin) groups thousands. Placeholders ("–", "..") stand for a missing value.
/// </summary>
internal static partial class NumericText
{
    /// <summary>Parses <paramref name="text"/> as one number; false for anything else.</summary>
    public static bool TryParse(string text, out double value)
    {
        value = 0;
        var match = NumberPattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var digits = match.Groups["int"].Value
            .Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("\u00A0", string.Empty, StringComparison.Ordinal)
            .Replace("\u2009", string.Empty, StringComparison.Ordinal)
            .Replace("\u202F", string.Empty, StringComparison.Ordinal);
        var fraction = match.Groups["frac"].Value;
        var invariant = fraction.Length > 0 ? digits + "." + fraction : digits;
        if (!double.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        if (match.Groups["sign"].Value is "-" or "\u2212" or "\u2013" || match.Groups["open"].Success && match.Groups["close"].Success)
        {
            value = -value;
        }

        return true;
    }

    /// <summary>True for text that parses as a number (see <see cref="TryParse"/>).</summary>
    public static bool IsNumber(string text)
    {
        // The question TryParse answers without reading the value: every line fragment of every
        // table block asks it. Once the pattern matches, parsing fails only for digits the pattern
        // takes (any decimal digit) that the invariant culture does not read: digits outside ASCII.
        var trimmed = text.AsSpan().Trim();
        return NumberPattern().IsMatch(trimmed) && !HasNonAsciiDigit(trimmed);
    }

    /// <summary>True for a dash or dots standing in for a missing value.</summary>
    public static bool IsPlaceholder(string text) => PlaceholderPattern().IsMatch(text.AsSpan().Trim());

    private static bool HasNonAsciiDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c) && !char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(?<open>\()?(?<sign>[-+\u2212\u2013])?(?<int>\d{1,3}(?:[ \u00A0\u2009\u202F]\d{3})+|\d+)(?:[.,](?<frac>\d+))?(?<close>\))?\s?[%\u2030]?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^([-\u2013\u2014\u2212]|\.{2,3}|\u2026)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();
}
