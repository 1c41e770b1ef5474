using System.Globalization;
using System.Text.RegularExpressions;
using Kompass.Ingest.Corpus.Model;

namespace Kompass.Ingest.Corpus.Truth;

/// <summary>
/// The evaluation year as the contract reads it from printed values: the year in the title, else
/// the one in "genomfördes i … YYYY".
/// </summary>
public static partial class PrintedYears
{
    /// <summary>The last year printed in the title ("… 13–15 oktober 2004" → 2004), else null.</summary>
    public static int? TitleYear(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var matches = Year().Matches(title);
        return matches.Count == 0 ? null : int.Parse(matches[^1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>The contract's evaluation year of <paramref name="report"/>.</summary>
    public static int EvaluationYear(PrintedReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return TitleYear(report.Title) ?? report.TextYear ?? report.Year;
    }

    [GeneratedRegex(@"(?<!\d)(19[89]\d|20[0-4]\d)(?!\d)")]
    private static partial Regex Year();
}
