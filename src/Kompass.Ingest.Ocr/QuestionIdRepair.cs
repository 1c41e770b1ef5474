using System.Globalization;
using System.Text.RegularExpressions;

namespace Kompass.Ingest.Ocr;

/// <summary>
/// Puts back the point of a question id that OCR lost ("23" for "2.3", often once a ruling line
/// glued to it was taken off) or read as a comma ("4,6" for "4.6": the text would pass for a
/// decimal number). Only where the table's own sequence says so: the word opens a line
/// of text, and the nearest id above it in the same column is "2.2", so "23" can only be the next
/// one. Pure.
/// </summary>
public static partial class QuestionIdRepair
{
    // The id column: line-opening words whose left edges lie within this many word heights.
    private const double ColumnReach = 2;

    /// <summary>The words with each such id given its point back.</summary>
    public static IReadOnlyList<OcrWord> Repair(IReadOnlyList<OcrWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var openers = Enumerable.Range(0, words.Count).Where(i => i == 0 || words[i - 1].LineKey != words[i].LineKey).ToList();
        var result = words.ToList();
        foreach (var i in openers)
        {
            var word = words[i];
            if (!Pointless().IsMatch(word.Text) || i + 1 >= words.Count || words[i + 1].LineKey != word.LineKey || !words[i + 1].Text.Any(char.IsLetter))
            {
                continue;
            }

            var above = openers.Select(o => words[o])
                .Where(o => o.Top < word.Top && Math.Abs(o.Left - word.Left) <= ColumnReach * word.Height && Id().IsMatch(o.Text))
                .MaxBy(o => o.Top);
            var digits = word.Text.Replace(",", string.Empty, StringComparison.Ordinal);
            if (above is not null && Next(above.Text) == digits)
            {
                result[i] = word with { Text = digits[..1] + "." + digits[1..] };
            }
        }

        return result;
    }

    // "2.2" → "23": the id after it, written without its point.
    private static string Next(string id)
    {
        var parts = id.Split('.');
        return parts[0] + (int.Parse(parts[1], CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^[1-9]\.[0-9]{1,2}$")]
    private static partial Regex Id();

    [GeneratedRegex(@"^[1-9],?[0-9]{1,2}$")]
    private static partial Regex Pointless();
}
