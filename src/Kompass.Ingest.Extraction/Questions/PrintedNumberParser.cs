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
        var match = NumberPattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var invariant = match.Groups["int"].Value + (match.Groups["frac"].Success ? "." + match.Groups["frac"].Value : string.Empty);
        if (!decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        var negative = match.Groups["sign"].Success;
        number = new PrintedNumber(negative ? -value : value, match.Groups["percent"].Success);
        return true;
    }

    /// <summary>True for a cell that holds only a percent sign (a percent column printed apart from its values).</summary>
    public static bool IsPercentSign(string text) => text.Trim() is "%";

    [GeneratedRegex(@"^(?<sign>[-\u2212\u2013])?(?<int>\d{1,4})(?:[.,](?<frac>\d{1,2}))?(?:\s?(?<percent>%))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
