using Kompass.Ingest.Extraction.Tables.Text;

namespace Kompass.Ingest.Extraction.Tests.Tables;

public sealed class OrderStatisticTests
{
    // Few distinct values so that ties are common, both counts' parities, and NaNs and signed zeros now and then.
    private static double[] RandomValues(Random random)
    {
        var values = new double[random.Next(1, 40)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = random.Next(20) switch
            {
                0 => double.NaN,
                1 => -0.0,
                2 => 0.0,
                _ => random.Next(0, 8) + (random.Next(2) * 0.5),
            };
        }

        return values;
    }

    [Fact]
    public void Smallest_AnyIndex_IsTheValueTheSortedArrayHoldsThere()
    {
        var random = new Random(17);
        for (var round = 0; round < 2000; round++)
        {
            var values = RandomValues(random);
            var sorted = values.ToArray();
            Array.Sort(sorted);
            var k = random.Next(values.Length);

            var picked = OrderStatistic.Smallest(values, k);

            Assert.Equal(sorted[k], picked);
            Assert.All(values.Take(k), v => Assert.True(v.CompareTo(picked) <= 0));
            Assert.All(values.Skip(k + 1), v => Assert.True(v.CompareTo(picked) >= 0));
        }
    }

    [Fact]
    public void Median_AnyValues_IsWhatSortingAndTakingTheMiddleGives()
    {
        var random = new Random(71);
        for (var round = 0; round < 2000; round++)
        {
            var values = RandomValues(random);
            var sorted = values.ToArray();
            Array.Sort(sorted);
            var middle = sorted.Length / 2;
            var expected = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;

            Assert.Equal(expected, OrderStatistic.Median(values));
        }
    }

    [Fact]
    public void Median_None_IsZero() => Assert.Equal(0, OrderStatistic.Median(Span<double>.Empty));

    [Fact]
    public void EmSizeMedian_EvenCount_IsTheMeanOfTheMiddleTwo()
        => Assert.Equal(2.5, EmSize.Median([4, 1, 3, 2, 2, 3]));
}
