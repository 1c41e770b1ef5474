namespace Kompass.Ingest.Cli.Bench;

/// <summary>
/// One stage of <see cref="StageBench"/>: a stable key, a label for people, its median time and the
/// median of the bytes it allocated (what the garbage collector's work grows with).
/// </summary>
public sealed record StageTiming(string Key, string Label, TimeSpan Median, long AllocatedBytes)
{
    /// <summary><see cref="AllocatedBytes"/> in megabytes.</summary>
    public double AllocatedMegabytes => AllocatedBytes / (1024.0 * 1024.0);
}
