namespace Kompass.Ingest.Corpus.Generation;

/// <summary>
/// Scales the mix's weights to a document count by the largest-remainder method: every family gets
/// the floor of its exact share, and the documents left go to the largest fractions (earlier
/// families first on ties), so the counts add up to exactly the total asked for.
/// </summary>
public static class MixScaler
{
    /// <summary>The number of documents each weight gets out of <paramref name="total"/>.</summary>
    public static IReadOnlyList<int> Scale(IReadOnlyList<int> weights, int total)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        if (weights.Any(w => w < 0))
        {
            throw new ArgumentException("weights must not be negative", nameof(weights));
        }

        var sum = weights.Sum();
        if (sum == 0)
        {
            return weights.Select(_ => 0).ToList();
        }

        var exact = weights.Select(w => (decimal)total * w / sum).ToList();
        var counts = exact.Select(e => (int)Math.Floor(e)).ToList();
        var left = total - counts.Sum();
        foreach (var index in exact.Select((e, i) => (Fraction: e - Math.Floor(e), Index: i)).OrderByDescending(x => x.Fraction).ThenBy(x => x.Index).Take(left))
        {
            counts[index.Index]++;
        }

        return counts;
    }
}
