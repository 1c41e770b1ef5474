using System.Globalization;

namespace Kompass.Ingest.Extraction.Questions;

/// <summary>
/// Reads the text of one numeric cell of a question table: "12", "12,5" (Swedish decimal comma),
/// "12.5", "65%", "65 %". Anything else (a label, two numbers, a page number "15 (16)") is not a
/// number. Pure.
/// </summary>
/// <remarks>
/// The text is read as <c>^[-−–]?\d{1,4}(?:[.,]\d{1,2})?(?:\s?%)?$</c> after trimming, scanned
/// by hand rather than by a regex: every run of words in a question zone is tried as a number, and
/// a regex match allocated its match and groups each time. The pattern has one way to match at
/// most (each part ends where the next cannot begin), so a left-to-right scan decides the same.
/// </remarks>
internal static class PrintedNumberParser
{
    private const int MaxWholeDigits = 4;
    private const int MaxFractionDigits = 2;

    /// <summary>Parses <paramref name="text"/>; false when it is not exactly one number.</summary>
    public static bool TryParse(string text, out PrintedNumber number)
    {
        number = default;
        var cell = text.AsSpan().Trim();
        var negative = cell.Length > 0 && cell[0] is '-' or '\u2212' or '\u2013';
        var at = negative ? 1 : 0;
        var whole = Digits(cell, at, MaxWholeDigits);
        if (whole.Length == 0)
        {
            return false;
        }

        at += whole.Length;
        var fraction = at + 1 < cell.Length && cell[at] is '.' or ',' ? Digits(cell, at + 1, MaxFractionDigits) : [];
        at += fraction.Length > 0 ? fraction.Length + 1 : 0;
        var percent = PercentAt(cell, at);
        if (at + percent != cell.Length)
        {
            return false;
        }

        // The digits with a point for the decimal mark, put together in place (at most 4 + 1 + 2
        // characters) rather than in strings: every number of every table is read here.
        Span<char> invariant = stackalloc char[whole.Length + 1 + fraction.Length];
        whole.CopyTo(invariant);
        var length = whole.Length;
        if (fraction.Length > 0)
        {
            invariant[length++] = '.';
            fraction.CopyTo(invariant[length..]);
            length += fraction.Length;
        }

        // Digits of other scripts are digits to the pattern but not to the invariant culture: no number.
        if (!decimal.TryParse(invariant[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        number = new PrintedNumber(negative ? -value : value, percent > 0);
        return true;
    }

    /// <summary>True for a cell that holds only a percent sign (a percent column printed apart from its values).</summary>
    public static bool IsPercentSign(string text) => text.AsSpan().Trim() is "%";

    /// <summary>The digits at <paramref name="start"/>, empty when none or when more than <paramref name="most"/> follow one another.</summary>
    private static ReadOnlySpan<char> Digits(ReadOnlySpan<char> text, int start, int most)
    {
        var end = start;
        while (end < text.Length && char.IsDigit(text[end]))
        {
            end++;
        }

        return end - start <= most ? text[start..end] : [];
    }

    /// <summary>How many characters the percent sign at <paramref name="at"/> takes, with one white space before it: 0 when there is none.</summary>
    private static int PercentAt(ReadOnlySpan<char> text, int at)
    {
        if (at < text.Length && text[at] == '%')
        {
            return 1;
        }

        return at + 1 < text.Length && char.IsWhiteSpace(text[at]) && text[at + 1] == '%' ? 2 : 0;
    }
}
