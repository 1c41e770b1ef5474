using System.Globalization;
using System.Text.RegularExpressions;

namespace Kompass.Ingest.Extraction.Summary;

/// <summary>
/// Reads a printed score: "71", "555", "52,5" (Swedish decimal comma) or "52.5". Thousands
/// separators and percent signs do not occur in area scores, so they are not read. Pure.
/// </summary>
internal static partial class ScoreText
{
    /// <summary>Parses <paramref name="text"/> (trimmed) as one score; false for anything else.</summary>
    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        var match = Number().Match(text.Trim());
        return match.Success
               && decimal.TryParse(match.Value.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>True for text that is one score.</summary>
    /// <remarks>
    /// The pattern alone decides: up to four digits and two decimals always parse as a decimal. Every
    /// word of every summary-table candidate is asked, so no match object is built for the answer.
    /// </remarks>
    public static bool IsScore(string text) => StartsWithDigit(text) && Number().IsMatch(text.Trim());

    // A score opens with a digit (after white space, which is trimmed): most words asked are
    // words of text, let go without the trim and the match.
    private static bool StartsWithDigit(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < text.Length && char.IsDigit(text[i]);
    }

    /// <summary>True for a dash or dots printed for a missing value.</summary>
    /// <remarks>
    /// Every word of a summary-table candidate that is no score is asked, nearly all of them words
    /// of text: only a text opening with a dash or a dot can match, so the others are let go
    /// before the match (and the trimmed text is read in place, not copied).
    /// </remarks>
    public static bool IsPlaceholder(string text)
    {
        var trimmed = text.AsSpan().Trim();
        return trimmed.Length > 0 && OpensPlaceholder(trimmed[0]) && Placeholder().IsMatch(trimmed);
    }

    // The characters a placeholder opens with: the dashes and the full stop of its pattern, or an ellipsis.
    private static bool OpensPlaceholder(char c) => c is '-' or '\u2012' or '\u2013' or '\u2014' or '\u2212' or '.' or '\u2026';

    [GeneratedRegex(@"^\d{1,4}(?:[,.]\d{1,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"^(?:[-\u2012\u2013\u2014\u2212]|\.{2,3}|\u2026)$", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
