namespace Kompass.Ingest.Evaluation;

/// <summary>Multiset comparison: order does not matter, multiplicity does.</summary>
public static class Multiset
{
    /// <summary>Pairs equal items regardless of order; an item occurring twice must be exported twice.</summary>
    public static MultisetComparison<T> Compare<T>(IEnumerable<T> expected, IEnumerable<T> exported)
        where T : notnull
    {
        var expectedItems = expected.ToList();
        var remaining = new Dictionary<T, int>();
        foreach (var item in expectedItems)
        {
            remaining[item] = remaining.GetValueOrDefault(item) + 1;
        }

        var matched = 0;
        var extra = new List<T>();
        foreach (var item in exported)
        {
            if (remaining.GetValueOrDefault(item) > 0)
            {
                remaining[item]--;
                matched++;
            }
            else
            {
                extra.Add(item);
            }
        }

        var missed = new List<T>();
        foreach (var item in expectedItems)
        {
            if (remaining.GetValueOrDefault(item) > 0)
            {
                remaining[item]--;
                missed.Add(item);
            }
        }

        return new MultisetComparison<T>(matched, missed, extra);
    }
}
