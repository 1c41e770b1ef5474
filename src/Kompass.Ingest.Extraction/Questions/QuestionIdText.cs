using System.Globalization;
using System.Text.RegularExpressions;
using Kompass.Ingest.Domain.Layout;

namespace Kompass.Ingest.Extraction.Questions;

/// <summary>
/// Recognises a printed question id, "N.M" with an optional trailing dot ("2.3", "2.3."), and an
/// area heading, "N. Name" or "N Name", optionally after one word ("Område 4 Ledarskap …"). Pure.
/// </summary>
internal static partial class QuestionIdText
{
    /// <summary>Parses a single word as a question id; <paramref name="id"/> is the canonical "N.M".</summary>
    public static bool TryParse(string word, out string id, out int area)
    {
        id = string.Empty;
        area = 0;
        if (!MayBeId(word.AsSpan().Trim()))
        {
            return false;
        }

        var match = IdPattern().Match(word.Trim());
        if (!match.Success)
        {
            return false;
        }

        area = int.Parse(match.Groups["area"].ValueSpan, CultureInfo.InvariantCulture);
        id = string.Create(CultureInfo.InvariantCulture, $"{area}.{int.Parse(match.Groups["item"].ValueSpan, CultureInfo.InvariantCulture)}");
        return area > 0;
    }

    // What the id pattern needs at the least (3 to 6 characters, a digit first), checked before the
    // pattern is run and its groups read: ids are sought among every word of every candidate page,
    // and nearly all words fail this already.
    private static bool MayBeId(ReadOnlySpan<char> text) => text.Length is >= 3 and <= 6 && char.IsDigit(text[0]);

    /// <summary>True when <paramref name="word"/>'s text is a question id (see <see cref="TryParse"/>).</summary>
    public static bool IsId(Word word) => IsId(word.Text);

    /// <summary>
    /// True when <paramref name="word"/> is a question id, as <see cref="TryParse"/> would say,
    /// without making the canonical id nor a match: most callers only ask whether a word is one.
    /// </summary>
    public static bool IsId(string word)
    {
        var text = word.AsSpan().Trim();
        return MayBeId(text) && IdPattern().IsMatch(text) && int.Parse(text[..text.IndexOf('.')], CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>The question's number within its area (2 for "3.2"), or null when <paramref name="id"/> is not a question id.</summary>
    public static int? ItemOf(string id)
    {
        var match = IdPattern().Match(id.Trim());
        return match.Success ? int.Parse(match.Groups["item"].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Parses an area heading ("1. Offentlighet och demokrati"): the area number and the printed name.</summary>
    public static bool TryParseHeading(string text, out int area, out string name)
    {
        area = 0;
        name = string.Empty;
        var match = HeadingPattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        area = int.Parse(match.Groups["area"].Value, CultureInfo.InvariantCulture);
        name = match.Groups["name"].Value.Trim();
        return area > 0;
    }

    [GeneratedRegex(@"^(?<area>\d{1,2})\.(?<item>\d{1,2})\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^(?:\p{L}+\s+)?(?<area>\d{1,2})[.:]?\s+(?<name>\p{L}.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingPattern();
}
