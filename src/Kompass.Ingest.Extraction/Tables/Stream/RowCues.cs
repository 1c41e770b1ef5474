using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Extraction.Tables.Text;

namespace Kompass.Ingest.Extraction.Tables.Stream;

/// <summary>
/// The evidence a row break rests on, line by line: breaks that must happen (heading boundary,
/// extra whitespace, a ruling line, a line flush with the first column), and where the table prints
/// values on rows of wrapped text.
/// </summary>
internal static class RowCues
{
    /// <summary>Quantile of the gaps between lines taken as the table's usual leading: wrapped lines are the tightest.</summary>
    private const double LeadingQuantile = 0.25;

    /// <summary>
    /// Everything the row assigner needs: for each line whether a row must start there (index 0 is
    /// always false), whether the first column marks row starts (<see cref="KeyCue"/>), and where
    /// values sit on wrapped rows. A text-only table separated by ruling lines or extra whitespace is
    /// read by those; without them, a line flush with the first column begins a row.
    /// </summary>
    public static RowEvidence Gather(StreamRegion region, IReadOnlyList<RulingLine> rules, StreamTableOptions options)
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

        var alignment = ValueAlignmentFinder.Find(region, breaks);
        var keyCue = region.HasNumericColumns ? KeyCue(region, alignment == ValueAlignment.Centre) : !separated;
        for (var i = 1; i < lines.Count && keyCue; i++)
        {
            breaks[i] |= region.OpeningLines[i] && !region.HeaderLines[i];
        }

        return new RowEvidence(breaks, keyCue, alignment);
    }

    /// <summary>
    /// Heading lines stay one row (a heading wrapped over two lines) unless the upper one spans
    /// columns: then it groups the headings below it and is a row of its own.
    /// </summary>
    private static bool GroupHeading(StreamRegion region, int upper, int lower)
        => region.HeaderLines[upper] && region.HeaderLines[lower] && region.FragmentsByLine[upper].Any(f => f.IsSpanning);

    /// <summary>
    /// True when the first column of a table with numeric columns marks where rows begin: some body
    /// lines start flush with it (an id, or an unindented first line) and others carry row text left
    /// of the numbers without doing so (continuations; a unit column such as "%" right of the numbers
    /// does not count). Ids centred on the row like the numbers carry no such information and are ignored.
    /// </summary>
    public static bool KeyCue(StreamRegion region, bool centred)
    {
        var body = Enumerable.Range(0, region.Lines.Count).Where(i => !region.HeaderLines[i]).ToList();
        var openings = body.Where(i => region.OpeningLines[i]).ToList();
        var firstNumbers = Enumerable.Range(1, Math.Max(0, region.NumericColumns.Count - 1)).FirstOrDefault(c => region.NumericColumns[c], region.NumericColumns.Count);
        var continuations = body.Count(i => !region.OpeningLines[i]
            && region.FragmentsByLine[i].Any(f => f.FirstColumn < firstNumbers && (f.IsSpanning || !region.NumericColumns[f.FirstColumn])));
        if (openings.Count == 0 || continuations == 0)
        {
            return false;
        }

        return !(centred && openings.All(i => region.ValueColumns(i).Any(c => c != 0)));
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
