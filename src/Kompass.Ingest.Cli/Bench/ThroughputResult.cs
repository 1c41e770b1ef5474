namespace Kompass.Ingest.Cli.Bench;

/// <summary>
/// What <see cref="ThroughputBench"/> measured over one archive of distinct PDFs: bare PdfPig word
/// extraction and our whole ingest, each with one and with two threads, in one or more rounds.
/// <para>
/// Why rounds: on a shared machine one pass of a reader can run a third slower than the next for
/// no reason of its own, and a single ratio of two such passes says as much about the machine as
/// about the readers. Each round runs all four passes one after the other, so a round's ratio
/// compares passes made under the same conditions; the figures reported are the medians over the
/// rounds (the lower middle one of an even number).
/// </para>
/// </summary>
public sealed record ThroughputResult
{
    /// <summary>Documents in the archive (each read by every run).</summary>
    public required int Documents { get; init; }

    /// <summary>Pages of those documents together.</summary>
    public required int Pages { get; init; }

    /// <summary>Each round's four runs, in the order they ran (bare PdfPig and our ingest with one thread, then with two).</summary>
    public required IReadOnlyList<IReadOnlyList<ThroughputRun>> Rounds { get; init; }

    /// <summary>The first warm-up round (bare PdfPig, then our ingest, two threads each): a fresh process, the JIT compiling.</summary>
    public IReadOnlyList<ThroughputRun> Cold { get; init; } = [];

    /// <summary>Warm-up rounds read before the runs were timed.</summary>
    public int WarmUpRounds { get; init; }

    /// <summary>Whether the last warm-up round compiled (almost) no method: false when the rounds ran out first.</summary>
    public bool JitSettled { get; init; }

    /// <summary>
    /// For each reader and thread count, in the order of a round, the run of median wall time over
    /// the rounds: the one to read the other figures (allocation, pauses, CPU) from.
    /// </summary>
    public IReadOnlyList<ThroughputRun> Runs => Rounds.Count == 0
        ? []
        : Rounds[0].Select(first => LowerMiddle(Rounds.Select(round => Find(round, first.Key, first.Threads)).OfType<ThroughputRun>().OrderBy(r => r.Elapsed).ToList())).ToList();

    /// <summary>Our wall time over bare PdfPig's in the first warm-up round; null when either is missing or took no time.</summary>
    public double? ColdRatio => RatioOf(Cold);

    /// <summary>Each round's ratio of our wall time over bare PdfPig's with <paramref name="threads"/> threads (null where either is missing or took no time).</summary>
    public IReadOnlyList<double?> RoundRatios(int threads) => Rounds.Select(round => RatioOf(round.Where(r => r.Threads == threads).ToList())).ToList();

    /// <summary>The median over the rounds of our wall time over bare PdfPig's with <paramref name="threads"/> threads; null when no round has both.</summary>
    public double? Ratio(int threads)
    {
        var ratios = RoundRatios(threads).OfType<double>().Order().ToList();
        return ratios.Count == 0 ? null : LowerMiddle(ratios);
    }

    /// <summary>The median wall time of one thread over that of two for <paramref name="key"/> (&gt; 1: two threads are faster).</summary>
    public double? SpeedUp(string key)
    {
        var one = Find(Runs, key, 1);
        var two = Find(Runs, key, 2);
        return one is null || two is null || two.Elapsed <= TimeSpan.Zero ? null : one.Elapsed / two.Elapsed;
    }

    private static double? RatioOf(IReadOnlyList<ThroughputRun> runs)
    {
        var bare = runs.FirstOrDefault(r => r.Key == ThroughputRun.BareKey);
        var ours = runs.FirstOrDefault(r => r.Key == ThroughputRun.IngestKey);
        return bare is null || ours is null || bare.Elapsed <= TimeSpan.Zero ? null : ours.Elapsed / bare.Elapsed;
    }

    // The median of a sorted, non-empty list; the lower middle one of an even number, so that the
    // median run is always one that ran.
    private static T LowerMiddle<T>(IReadOnlyList<T> sorted) => sorted[(sorted.Count - 1) / 2];

    private static ThroughputRun? Find(IEnumerable<ThroughputRun> runs, string key, int threads) => runs.FirstOrDefault(r => r.Key == key && r.Threads == threads);
}
