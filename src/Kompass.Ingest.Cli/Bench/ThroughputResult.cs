namespace Kompass.Ingest.Cli.Bench;

/// <summary>
/// What <see cref="ThroughputBench"/> measured over one archive of distinct PDFs: bare PdfPig word
/// extraction and our whole ingest, each with one and with two threads.
/// </summary>
public sealed record ThroughputResult
{
    /// <summary>Documents in the archive (each read by every run).</summary>
    public required int Documents { get; init; }

    /// <summary>Pages of those documents together.</summary>
    public required int Pages { get; init; }

    /// <summary>The four runs, in the order they ran.</summary>
    public required IReadOnlyList<ThroughputRun> Runs { get; init; }

    /// <summary>The first warm-up round (bare PdfPig, then our ingest, two threads each): a fresh process, the JIT compiling.</summary>
    public IReadOnlyList<ThroughputRun> Cold { get; init; } = [];

    /// <summary>Warm-up rounds read before the runs were timed.</summary>
    public int WarmUpRounds { get; init; }

    /// <summary>Whether the last warm-up round compiled (almost) no method: false when the rounds ran out first.</summary>
    public bool JitSettled { get; init; }

    /// <summary>Our wall time over bare PdfPig's in the first warm-up round; null when either is missing or took no time.</summary>
    public double? ColdRatio => RatioOf(Cold.FirstOrDefault(r => r.Key == ThroughputRun.BareKey), Cold.FirstOrDefault(r => r.Key == ThroughputRun.IngestKey));

    /// <summary>Our wall time over bare PdfPig's with <paramref name="threads"/> threads; null when either is missing or took no time.</summary>
    public double? Ratio(int threads) => RatioOf(Find(ThroughputRun.BareKey, threads), Find(ThroughputRun.IngestKey, threads));

    /// <summary>The wall time of one thread over that of two for <paramref name="key"/> (&gt; 1: two threads are faster).</summary>
    public double? SpeedUp(string key)
    {
        var one = Find(key, 1);
        var two = Find(key, 2);
        return one is null || two is null || two.Elapsed <= TimeSpan.Zero ? null : one.Elapsed / two.Elapsed;
    }

    private static double? RatioOf(ThroughputRun? bare, ThroughputRun? ours)
        => bare is null || ours is null || bare.Elapsed <= TimeSpan.Zero ? null : ours.Elapsed / bare.Elapsed;

    private ThroughputRun? Find(string key, int threads) => Runs.FirstOrDefault(r => r.Key == key && r.Threads == threads);
}
