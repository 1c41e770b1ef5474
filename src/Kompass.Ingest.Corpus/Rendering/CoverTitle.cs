using Kompass.Ingest.Corpus.Pdf;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>
/// Splits a cover title into display lines without changing its words or their order: after the
/// brand ("KommunKompassen", "Kommun Kompassen"), before "ANALYS", before a date ("4 mars 2008",
/// "FEBRUARI 2017") or a year, then wrapped to the width. The truth's title is the same words
/// joined by single spaces.
/// </summary>
public static class CoverTitle
{
    private static readonly HashSet<string> Months = new(
        Enumerable.Range(1, 12).Select(SwedishFormat.MonthName), StringComparer.OrdinalIgnoreCase);

    /// <summary>The lines of <paramref name="title"/> in <paramref name="font"/> no wider than <paramref name="width"/> (a word wider than that stays whole).</summary>
    public static IReadOnlyList<string> Lines(PdfCanvas canvas, string title, FontSpec font, double width, bool semantic = true)
    {
        Guard.NotNull(canvas);
        Guard.NotNull(title);
        var segments = semantic ? Segments(title) : [title];
        return segments.SelectMany(s => canvas.Wrap(s, font, width)).ToList();
    }

    private static List<string> Segments(string title)
    {
        var segments = new List<List<string>> { new() };
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var previous = i > 0 ? words[i - 1] : string.Empty;
            var next = i + 1 < words.Length ? words[i + 1] : string.Empty;
            var breakBefore = segments[^1].Count > 0 && (
                previous.EndsWith("kompassen", StringComparison.OrdinalIgnoreCase)
                || word.Equals("ANALYS", StringComparison.OrdinalIgnoreCase)
                || (IsDay(word) && Months.Contains(next))
                || (Months.Contains(word) && !IsDay(previous))
                || (IsYear(word) && !Months.Contains(previous)));
            if (breakBefore)
            {
                segments.Add([]);
            }

            segments[^1].Add(word);
        }

        return segments.Select(s => string.Join(' ', s)).ToList();
    }

    private static bool IsYear(string word) => word.Length == 4 && word.All(char.IsAsciiDigit);

    // "4", "13–15", "13-15": the day or days before a month name.
    private static bool IsDay(string word) => word.Length is > 0 and <= 5 && word.All(c => char.IsAsciiDigit(c) || c is '–' or '-');
}
