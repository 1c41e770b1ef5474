using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Extraction.Tables.Text;

namespace Kompass.Ingest.Extraction.Tables.Stream;

/// <summary>
/// The evidence a row break rests on, line by line: breaks that must happen (heading boundary,
/// extra whitespace, a ruling line, a line flush with the first column), and whether the table
/// centres its numbers vertically on rows of wrapped text.
/// </summary>
internal static class RowCues
{
    /// <summary>Quantile of the gaps between lines taken as the table's usual leading: wrapped lines are the tightest.</summary>
    private const double LeadingQuantile = 0.25;

    /// <summary>
    /// For each line, whether a row must start there (index 0 is always false), and whether the
    /// first column marks row starts (<see cref="KeyCue"/>). A text-only table separated by ruling
    /// lines or extra whitespace is read by those; without them, a line flush with the first column
    /// begins a row.
    /// </summary>
    public static (bool[] Breaks, bool KeyCue) ForcedBreaks(StreamRegion region, IReadOnlyList<RulingLine> rules, StreamTableOptions options, bool centred)
    {
        var lines = region.Lines;
        var breaks = new bool[lines.Count];
        var separated = false;
        var threshold = Leading(lines) + (options.RowGap * region.Em);
        var left = lines.Min(l => l.Box.Left);
        var right = lines.Max(l => l.Box.Right);
        for (var i = 1; i < lines.Count; i++)
        {
            var separator = lines[i - 1].GapTo(lines[i]) > threshold
                || RuleBetween(rules, lines[i - 1], lines[i], left, right, options.RuleCoverage);
            separated |= separator && !region.HeaderLines[i - 1];
            breaks[i] = separator || region.HeaderLines[i] != region.HeaderLines[i - 1] || GroupHeading(region, i - 1, i);
        }

        var keyCue = region.HasNumericColumns ? KeyCue(region, centred) : !separated;
        for (var i = 1; i < lines.Count && keyCue; i++)
        {
            breaks[i] |= region.OpeningLines[i] && !region.HeaderLines[i];
        }

        return (breaks, keyCue);
    }

    /// <summary>
    /// Heading lines stay one row (a heading wrapped over two lines) unless the upper one spans
    /// columns: then it groups the headings below it and is a row of its own.
    /// </summary>
    private static bool GroupHeading(StreamRegion region, int upper, int lower)
        => region.HeaderLines[upper] && region.HeaderLines[lower] && region.FragmentsByLine[upper].Any(f => f.IsSpanning);

    /// <summary>
    /// True when the first column of a table with numeric columns marks where rows begin: some body
    /// lines start flush with it (an id, or an unindented first line) and others carry row text
    /// without doing so (continuations). Ids centred on the row like the numbers carry no such
    /// information and are ignored.
    /// </summary>
    public static bool KeyCue(StreamRegion region, bool centred)
    {
        var body = Enumerable.Range(0, region.Lines.Count).Where(i => !region.HeaderLines[i]).ToList();
        var openings = body.Where(i => region.OpeningLines[i]).ToList();
        var continuations = body.Count(i => !region.OpeningLines[i] && region.HasText(i));
        if (openings.Count == 0 || continuations == 0)
        {
            return false;
        }

        return !(centred && openings.All(i => region.ValueColumns(i).Any(c => c != 0)));
    }

    /// <summary>
    /// True when numbers sit vertically centred on rows of wrapped text: a line of values alone
    /// between two text lines it overlaps, or a first body row whose text starts a line above its values
    /// and continues a line below them.
    /// </summary>
    public static bool IsCentred(StreamRegion region)
    {
        var lines = region.Lines;
        bool TextOnly(int i) => !region.HeaderLines[i] && region.HasText(i) && !region.ValueColumns(i).Any();
        for (var i = 1; i + 1 < lines.Count; i++)
        {
            var valuesAlone = region.ValueColumns(i).Any() && !region.HasText(i);
            if (valuesAlone && TextOnly(i - 1) && TextOnly(i + 1)
                && lines[i].Box.Top > lines[i - 1].Box.Bottom && lines[i].Box.Bottom < lines[i + 1].Box.Top)
            {
                return true;
            }
        }

        var first = Enumerable.Range(0, lines.Count).FirstOrDefault(i => !region.HeaderLines[i], -1);
        return first >= 0 && first + 2 < lines.Count
            && TextOnly(first) && region.ValueColumns(first + 1).Any() && region.HasText(first + 1) && TextOnly(first + 2);
    }

    /// <summary>The table's usual whitespace between consecutive lines (a low quantile of the non-negative gaps).</summary>
    public static double Leading(IReadOnlyList<TextLine> lines)
    {
        var gaps = Enumerable.Range(1, Math.Max(0, lines.Count - 1))
            .Select(i => lines[i - 1].GapTo(lines[i]))
            .Where(g => g >= 0)
            .Order()
            .ToList();
        return gaps.Count == 0 ? 0 : gaps[(int)Math.Floor(LeadingQuantile * (gaps.Count - 1))];
    }

    private static bool RuleBetween(IReadOnlyList<RulingLine> rules, TextLine above, TextLine below, double left, double right, double coverage)
        => rules.Any(r =>
        {
            var y = (r.Y1 + r.Y2) / 2;
            var covered = Math.Min(right, Math.Max(r.X1, r.X2)) - Math.Max(left, Math.Min(r.X1, r.X2));
            return y < above.Box.CentreY && y > below.Box.CentreY && covered >= coverage * (right - left);
        });
}
