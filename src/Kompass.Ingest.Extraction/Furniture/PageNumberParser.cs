using System.Globalization;
using System.Text.RegularExpressions;
using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Extraction.Furniture;

/// <summary>
/// Reads a page number from a line of text: "14 (16)", "1(8)", "Sida 3 av 12", "3/27" anywhere in
/// the line (they are distinctive), a bare "7" or "- 7 -" only as the whole line (a bare number
/// inside text is anything). A total smaller than the number is not a page number. Pure.
/// </summary>
public static partial class PageNumberParser
{
    /// <summary>The page number in <paramref name="text"/>, or null.</summary>
    public static PageNumberReading? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Every candidate line of a document is read, most of them words alone: each pattern
        // needs a digit (\d, any decimal digit), so a line without one is let go unmatched.
        if (!CharCounts.HasDigit(text))
        {
            return null;
        }

        var whole = text.Trim();
        if (Bare().Match(whole) is { Success: true } bare)
        {
            return new PageNumberReading(Number(bare.Groups["n"]), null, PageNumberStyle.Bare, text.IndexOf(whole, StringComparison.Ordinal), whole.Length, true);
        }

        foreach (var (regex, style) in Styles)
        {
            // The last match: "Rapport 2 (3) … 14 (16)" is rare, a total at the line's end is the norm.
            var matches = regex.Matches(text);
            for (var i = matches.Count - 1; i >= 0; i--)
            {
                var m = matches[i];
                var number = Number(m.Groups["n"]);
                var total = Number(m.Groups["t"]);
                if (number >= 1 && total >= number)
                {
                    return new PageNumberReading(number, total, style, m.Index, m.Length, m.Length == whole.Length);
                }
            }
        }

        return null;
    }

    private static readonly (Regex Regex, PageNumberStyle Style)[] Styles =
    [
        (SidaAv(), PageNumberStyle.SidaAv),
        (InParentheses(), PageNumberStyle.NumberOfTotalInParentheses),
        (Slash(), PageNumberStyle.Slash),
    ];

    private static int Number(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?:[-–—]\s*)?(?<n>\d{1,4})(?:\s*[-–—])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Bare();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:sida|s\.|page)\s*(?<n>\d{1,4})\s*(?:av|/|of)\s*(?<t>\d{1,4})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SidaAv();

    [GeneratedRegex(@"(?<![\d\-/.,])(?<n>\d{1,4})\s?\(\s*(?<t>\d{1,4})\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex InParentheses();

    [GeneratedRegex(@"(?<![\d\-/.,])(?<n>\d{1,4})\s?/\s?(?<t>\d{1,4})(?![\d/\-])", RegexOptions.CultureInvariant)]
    private static partial Regex Slash();
}
