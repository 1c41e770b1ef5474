namespace Kompass.Ingest.Ocr;

/// <summary>
/// Tells which Tesseract lines of a page are set in bold, which the engine does not say: a line
/// is bold when its strokes (<see cref="StrokeWeight"/>), measured against its font size, are
/// clearly wider than those of the page's typical line. The parsers need the weight as they do for
/// a born-digital report: an area heading or a list label may be no larger than the body text, only
/// bolder. Pure.
/// </summary>
public static class BoldLines
{
    /// <summary>A line whose stroke width per point is this many times the page's median is bold.</summary>
    /// <remarks>
    /// Measured on scans of the 2002 layout at 200 dpi: body lines 0.94–1.06 of the median, the bold
    /// italic labels ("Styrkor") 1.34–1.43, the bold headings 1.8 and more.
    /// </remarks>
    public const double Ratio = 1.2;

    // Fewer stroke crossings than this say too little (a lone "5." or a bullet).
    private const int MinRuns = 12;

    /// <summary>
    /// The keys of the bold lines among <paramref name="words"/> on <paramref name="image"/>;
    /// <paramref name="sizes"/> holds each line's font size (<see cref="FontSizeEstimate.PerLine"/>).
    /// </summary>
    public static HashSet<(int Block, int Paragraph, int Line)> Find(
        IReadOnlyList<OcrWord> words, GreyImage image, IReadOnlyDictionary<(int Block, int Paragraph, int Line), double> sizes)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(sizes);
        var weights = new Dictionary<(int, int, int), double>();
        foreach (var line in words.Where(w => w.Text.Any(char.IsLetterOrDigit)).GroupBy(w => w.LineKey))
        {
            var (dark, runs) = (0, 0);
            foreach (var word in line)
            {
                var (d, r) = StrokeWeight.Of(image, word);
                (dark, runs) = (dark + d, runs + r);
            }

            if (runs >= MinRuns && sizes.TryGetValue(line.Key, out var size) && size > 0)
            {
                weights[line.Key] = (double)dark / runs / size;
            }
        }

        if (weights.Count == 0)
        {
            return [];
        }

        var ordered = weights.Values.Order().ToList();
        var median = ordered[(ordered.Count - 1) / 2];
        return weights.Where(w => w.Value >= Ratio * median).Select(w => w.Key).ToHashSet();
    }
}
