using Kompass.Ingest.Domain.Layout;

namespace Kompass.Ingest.Extraction.Tables.Text;

/// <summary>
/// The "em" the stream tolerances are measured in: the median font size of a set of words. Some
/// PDFs report a nominal size of 1 and scale the text with a matrix instead, so when the reported
/// size disagrees with the printed height of the words the median word height is used.
/// </summary>
internal static class EmSize
{
    /// <summary>Smallest em returned, so that an all-empty or degenerate word set still gives usable tolerances.</summary>
    private const double Floor = 1.0;

    /// <summary>A word's box is roughly 0.7–1.2 em high; outside this ratio the reported size is not trusted.</summary>
    private const double MinHeightRatio = 0.4;

    private const double MaxHeightRatio = 2.5;

    /// <summary>The em of <paramref name="words"/> in points.</summary>
    public static double Of(IReadOnlyCollection<Word> words)
    {
        if (words.Count == 0)
        {
            return Floor;
        }

        var size = Median(words.Select(w => w.FontSize));
        var height = Median(words.Select(w => w.Box.Height));
        if (height <= 0)
        {
            return Math.Max(size, Floor);
        }

        var ratio = height / Math.Max(size, double.Epsilon);
        return Math.Max(ratio is >= MinHeightRatio and <= MaxHeightRatio ? size : height, Floor);
    }

    /// <summary>The median of <paramref name="values"/> (0 for none).</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return 0;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
