using Kompass.Ingest.Cli.Bench;

namespace Kompass.Ingest.Cli.Tests;

public sealed class ThroughputResultTests
{
    private static readonly GcCollections NoCollections = new(0, 0, 0);

    [Fact]
    public void Ratio_ThreeRounds_IsTheMedianOfEachRoundsOwnRatio()
    {
        var result = ThreeRounds();

        Assert.Equal(1.9, result.Ratio(1)!.Value, 6);
        Assert.Equal(2.0, result.Ratio(2)!.Value, 6);
        Assert.Equal([2.1, 1.9, 1.636], result.RoundRatios(1).Select(r => Math.Round(r!.Value, 3)));
    }

    [Fact]
    public void Runs_ThreeRounds_AreEachReadersMedianRunInTheOrderOfARound()
    {
        var result = ThreeRounds();

        Assert.Equal(
            [(ThroughputRun.BareKey, 1, 1.1), (ThroughputRun.IngestKey, 1, 2.1), (ThroughputRun.BareKey, 2, 0.7), (ThroughputRun.IngestKey, 2, 1.5)],
            result.Runs.Select(r => (r.Key, r.Threads, r.Elapsed.TotalSeconds)));
        Assert.Equal(2.1 / 1.5, result.SpeedUp(ThroughputRun.IngestKey)!.Value, 6);
    }

    [Fact]
    public void Ratio_TwoRounds_IsTheLowerOne()
    {
        var result = Result(Round(bare1: 1.0, ours1: 2.2, bare2: 1.0, ours2: 2.0), Round(bare1: 1.0, ours1: 1.8, bare2: 1.0, ours2: 2.4));

        Assert.Equal(1.8, result.Ratio(1)!.Value, 6);
        Assert.Equal(2.0, result.Ratio(2)!.Value, 6);
    }

    [Fact]
    public void Ratio_NoRound_IsNull()
    {
        var result = Result();

        Assert.Null(result.Ratio(1));
        Assert.Empty(result.Runs);
        Assert.Null(result.SpeedUp(ThroughputRun.IngestKey));
    }

    // The second round ran on a slow machine: both readers took about twice as long, and its ratio
    // is still like the others'. The median times alone would pair round 3's bare time with round
    // 1's ingest time.
    private static ThroughputResult ThreeRounds() => Result(
        Round(bare1: 1.0, ours1: 2.1, bare2: 0.6, ours2: 1.5),
        Round(bare1: 2.0, ours1: 3.8, bare2: 1.2, ours2: 2.4),
        Round(bare1: 1.1, ours1: 1.8, bare2: 0.7, ours2: 1.3));

    private static ThroughputResult Result(params IReadOnlyList<ThroughputRun>[] rounds)
        => new() { Documents = 10, Pages = 100, Rounds = rounds };

    private static IReadOnlyList<ThroughputRun> Round(double bare1, double ours1, double bare2, double ours2) =>
    [
        Run(ThroughputRun.BareKey, 1, bare1),
        Run(ThroughputRun.IngestKey, 1, ours1),
        Run(ThroughputRun.BareKey, 2, bare2),
        Run(ThroughputRun.IngestKey, 2, ours2),
    ];

    private static ThroughputRun Run(string key, int threads, double seconds)
        => new(key, threads, 10, 100, TimeSpan.FromSeconds(seconds), 0, TimeSpan.Zero, TimeSpan.FromSeconds(seconds), NoCollections);
}
