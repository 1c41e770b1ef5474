namespace Kompass.Ingest.Cli.Bench;

/// <summary>Where one document's time goes, stage by stage (<see cref="StageBench"/>).</summary>
public sealed record StageResult
{
    /// <summary>The document measured: its path in the source folder.</summary>
    public required string Document { get; init; }

    /// <summary>Its pages.</summary>
    public required int Pages { get; init; }

    /// <summary>The repetitions each median is taken over.</summary>
    public required int Repetitions { get; init; }

    /// <summary>The stages in pipeline order.</summary>
    public required IReadOnlyList<StageTiming> Stages { get; init; }

    /// <summary>The sum of the stages' medians.</summary>
    public TimeSpan Total => Stages.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Median);

    /// <summary>The megabytes the stages allocated together.</summary>
    public double AllocatedMegabytes => Stages.Sum(s => s.AllocatedMegabytes);

    /// <summary>A stage's share of <see cref="Total"/>, in percent.</summary>
    public double Percent(StageTiming stage) => Total <= TimeSpan.Zero ? 0 : 100 * (stage?.Median ?? TimeSpan.Zero) / Total;
}
