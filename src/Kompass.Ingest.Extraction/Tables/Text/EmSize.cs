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

        // One array for both medians, reordered in place: this runs for every block the stream
        // detector reads, where LINQ's ordering allocated a map, keys and a list per median.
        var values = new double[words.Count];
        var i = 0;
        foreach (var word in words)
        {
            values[i++] = word.FontSize;
        }

        var size = MedianInPlace(values);
        i = 0;
        foreach (var word in words)
        {
            values[i++] = word.Box.Height;
        }

        return FromMedians(size, MedianInPlace(values));
    }

    // The em from the median font size and the median word height.
    private static double FromMedians(double size, double height)
    {
        if (height <= 0)
        {
            return Math.Max(size, Floor);
        }

        var ratio = height / Math.Max(size, double.Epsilon);
        return Math.Max(ratio is >= MinHeightRatio and <= MaxHeightRatio ? size : height, Floor);
    }

    /// <summary>
    /// The em of the words of <paramref name="lines"/>, as <see cref="Of(IReadOnlyCollection{Word})"/>
    /// gives for them gathered line by line: the stream detector measures every part of a block so,
    /// and the words need not be copied into a list of their own first.
    /// </summary>
    public static double Of(IReadOnlyList<TextLine> lines)
    {
        var count = 0;
        foreach (var line in lines)
        {
            count += line.Words.Count;
        }

        if (count == 0)
        {
            return Floor;
        }

        var values = new double[count];
        var i = 0;
        foreach (var line in lines)
        {
            foreach (var word in line.Words)
            {
                values[i++] = word.FontSize;
            }
        }

        var size = MedianInPlace(values);
        i = 0;
        foreach (var line in lines)
        {
            foreach (var word in line.Words)
            {
                values[i++] = word.Box.Height;
            }
        }

        return FromMedians(size, MedianInPlace(values));
    }

    /// <summary>The median of <paramref name="values"/> (0 for none).</summary>
    public static double Median(IEnumerable<double> values) => MedianInPlace([.. values]);

    // The median of `values`, as sorting them and taking the middle gives it, found by selection
    // (OrderStatistic) rather than a full sort; the values are reordered.
    private static double MedianInPlace(double[] values) => OrderStatistic.Median(values);
}
