using System.Globalization;
using System.Text.RegularExpressions;

namespace Kompass.Ingest.Extraction.Questions;

/// <summary>
/// Reads the text of one numeric cell of a question table: "12", "12,5" (Swedish decimal comma),
/// "12.5", "65%", "65 %". Anything else (a label, two numbers, a page number "15 (16)") is not a
/// number. Pure.
/// </summary>
internal static partial class PrintedNumberParser
{
    /// <summary>Parses <paramref name="text"/>; false when it is not exactly one number.</summary>
    public static bool TryParse(string text, out PrintedNumber number)
    {
        number = default;
        if (!MayBeNumber(text.AsSpan().Trim()))
        {
            return false;
        }

        var match = NumberPattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        // The digits with a point for the decimal mark, put together in place (at most 4 + 1 + 2
        // characters by the pattern) rather than in strings: every number of every table is read here.
        var whole = match.Groups["int"].ValueSpan;
        var fraction = match.Groups["frac"];
        Span<char> invariant = stackalloc char[whole.Length + 1 + fraction.Length];
        whole.CopyTo(invariant);
        var length = whole.Length;
        if (fraction.Success)
        {
            invariant[length++] = '.';
            fraction.ValueSpan.CopyTo(invariant[length..]);
            length += fraction.Length;
        }

        if (!decimal.TryParse(invariant[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        var negative = match.Groups["sign"].Success;
        number = new PrintedNumber(negative ? -value : value, match.Groups["percent"].Success);
        return true;
    }

    // What the pattern needs at the least (1 to 10 characters, opening with a digit or a minus
    // sign), checked before the pattern is run and its groups read: every run of words in a
    // question zone is tried as a number, and most are text.
    private static bool MayBeNumber(ReadOnlySpan<char> text)
        => text.Length is >= 1 and <= 10 && (char.IsDigit(text[0]) || text[0] is '-' or '\u2212' or '\u2013');

    /// <summary>True for a cell that holds only a percent sign (a percent column printed apart from its values).</summary>
    public static bool IsPercentSign(string text) => text.Trim() is "%";

    [GeneratedRegex(@"^(?<sign>[-\u2212\u2013])?(?<int>\d{1,4})(?:[.,](?<frac>\d{1,2}))?(?:\s?(?<percent>%))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
