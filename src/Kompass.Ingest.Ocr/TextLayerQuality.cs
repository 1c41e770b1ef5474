using System.Globalization;
using Kompass.Ingest.Domain.Layout;

namespace Kompass.Ingest.Ocr;

/// <summary>
/// How plausible a page's text layer is as Swedish print: the share of its characters that no
/// report prints (symbols other than common punctuation, private-use, control and replacement
/// characters). A font whose encoding is lost comes out as such characters, or as nothing. Pure.
/// </summary>
public readonly record struct TextLayerQuality(int Characters, double ImplausibleShare)
{
    // Punctuation and signs a report prints; any other symbol counts against the text layer.
    private const string Printed = ".,;:!?%()[]{}/-–—'\"«»”“’‘§&+=<>*•·…|_#@€$";

    /// <summary>Measures the words' characters (white space not counted).</summary>
    public static TextLayerQuality Measure(IReadOnlyList<Word> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var (all, implausible) = (0, 0);
        foreach (var word in words)
        {
            foreach (var c in word.Text)
            {
                // Nearly every character of a readable page is an ASCII letter or digit: counted
                // before the white-space test and the others, which are what this costs for every
                // page of every document.
                if (char.IsAsciiLetterOrDigit(c))
                {
                    all++;
                }
                else if (!char.IsWhiteSpace(c))
                {
                    all++;
                    implausible += IsPlausible(c) ? 0 : 1;
                }
            }
        }

        return new TextLayerQuality(all, all == 0 ? 0 : (double)implausible / all);
    }

    private static bool IsPlausible(char c)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            return true;
        }

        if (Printed.Contains(c, StringComparison.Ordinal))
        {
            return true;
        }

        var category = char.GetUnicodeCategory(c);
        return category switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.DecimalDigitNumber => c < '\u0250',
            UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
                or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation => true,
            _ => false,
        };
    }
}
