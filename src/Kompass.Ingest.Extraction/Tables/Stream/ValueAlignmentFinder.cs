namespace Kompass.Ingest.Extraction.Tables.Stream;

/// <summary>
/// Finds where a table prints values on rows of wrapped text. Values alone on a line between two
/// text lines they overlap are centred. Otherwise the text-only lines at the two ends of the body
/// tell, counting only lines that run on without a row break: none above the first values means
/// top-aligned, none below the last values that have text beside them means bottom-aligned, some on
/// both sides means centred. A first column of ids is left out (ids may sit on the first line while
/// the numbers are centred).
/// </summary>
internal static class ValueAlignmentFinder
{
    /// <summary>The alignment of <paramref name="region"/>, given the row breaks already certain.</summary>
    public static ValueAlignment Find(StreamRegion region, IReadOnlyList<bool> breaks)
    {
        var lines = region.Lines;
        var anchorFrom = Enumerable.Range(1, Math.Max(0, region.NumericColumns.Count - 1)).Any(c => region.NumericColumns[c]) ? 1 : 0;
        bool Anchor(int i) => region.ValueColumns(i).Any(c => c >= anchorFrom);
        bool TextOnly(int i) => !region.HeaderLines[i] && region.HasText(i) && !Anchor(i);
        for (var i = 1; i + 1 < lines.Count; i++)
        {
            if (Anchor(i) && !region.HasText(i) && TextOnly(i - 1) && TextOnly(i + 1)
                && lines[i].Box.Top > lines[i - 1].Box.Bottom && lines[i].Box.Bottom < lines[i + 1].Box.Top)
            {
                return ValueAlignment.Centre;
            }
        }

        var first = Enumerable.Range(0, lines.Count).FirstOrDefault(i => !region.HeaderLines[i] && Anchor(i), -1);
        var last = Enumerable.Range(0, lines.Count).LastOrDefault(i => !region.HeaderLines[i] && Anchor(i) && region.HasText(i), -1);
        if (first < 0 || !(first > 0 && !breaks[first] && TextOnly(first - 1)))
        {
            return ValueAlignment.Top;
        }

        var textBelowLast = last >= 0 && last + 1 < lines.Count && !breaks[last + 1] && TextOnly(last + 1);
        return last >= 0 && !textBelowLast ? ValueAlignment.Bottom : ValueAlignment.Centre;
    }
}
