namespace Kompass.Ingest.Corpus.Content;

/// <summary>The few draws the content factory makes, named so the call sites read as intent.</summary>
public static class RandomExtensions
{
    /// <summary>One element of a non-empty list, uniformly.</summary>
    public static T Pick<T>(this Random random, IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            throw new ArgumentException("cannot pick from an empty list", nameof(items));
        }

        return items[random.Next(items.Count)];
    }

    /// <summary>True with probability <paramref name="probability"/> (0 never, 1 always).</summary>
    public static bool Chance(this Random random, double probability)
    {
        ArgumentNullException.ThrowIfNull(random);
        return probability >= 1 || (probability > 0 && random.NextDouble() < probability);
    }

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="max"/>], both inclusive.</summary>
    public static int Between(this Random random, int min, int max)
    {
        ArgumentNullException.ThrowIfNull(random);
        return random.Next(min, max + 1);
    }

    /// <summary>A uniform value in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public static double Uniform(this Random random, double min, double max)
    {
        ArgumentNullException.ThrowIfNull(random);
        return min + (random.NextDouble() * (max - min));
    }

    /// <summary>+1 or −1 with equal probability.</summary>
    public static int Sign(this Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return random.Next(2) == 0 ? -1 : 1;
    }

    /// <summary><paramref name="count"/> distinct indexes below <paramref name="size"/>, in increasing order.</summary>
    public static IReadOnlyList<int> OrderedSubset(this Random random, int size, int count)
    {
        ArgumentNullException.ThrowIfNull(random);
        var chosen = new SortedSet<int>();
        while (chosen.Count < Math.Min(count, size))
        {
            chosen.Add(random.Next(size));
        }

        return [.. chosen];
    }
}
