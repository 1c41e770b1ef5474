namespace Kompass.Ingest.Extraction.Tables.Text;

/// <summary>
/// The k-th smallest of a set of values without sorting them all: the medians of font sizes and
/// word heights are asked for every block and zone, and sorting was most of their cost. Values are
/// ordered as <see cref="double.CompareTo(double)"/> orders them (a NaN below every number), which
/// is the order <see cref="Array.Sort{T}(T[])"/> leaves them in, so the value picked is the one
/// the sorted array holds at the same index.
/// </summary>
internal static class OrderStatistic
{
    /// <summary>
    /// The value sorting <paramref name="values"/> would put at index <paramref name="k"/>. Reorders
    /// <paramref name="values"/>: afterwards none before index k is above it and none after is below.
    /// </summary>
    public static double Smallest(Span<double> values, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(k, values.Length);

        var low = 0;
        var high = values.Length - 1;
        while (low < high)
        {
            var pivot = values[low + ((high - low) / 2)];
            var i = low;
            var j = high;
            while (i <= j)
            {
                while (values[i].CompareTo(pivot) < 0)
                {
                    i++;
                }

                while (values[j].CompareTo(pivot) > 0)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            // Now [low, j] holds none above the pivot, [i, high] none below, and between them only its equals.
            if (k <= j)
            {
                high = j;
            }
            else if (k >= i)
            {
                low = i;
            }
            else
            {
                return values[k];
            }
        }

        return values[k];
    }

    /// <summary>
    /// The median as the sorted values give it: the middle value of an odd count, the mean of the
    /// two middle values of an even count (0 for none). Reorders <paramref name="values"/>.
    /// </summary>
    public static double Median(Span<double> values)
    {
        if (values.Length == 0)
        {
            return 0;
        }

        var middle = values.Length / 2;
        var upper = Smallest(values, middle);
        if (values.Length % 2 == 1)
        {
            return upper;
        }

        // The lower middle value is the largest of those left of the upper one once it is in place.
        var lower = values[0];
        for (var i = 1; i < middle; i++)
        {
            if (values[i].CompareTo(lower) > 0)
            {
                lower = values[i];
            }
        }

        return (lower + upper) / 2;
    }
}
