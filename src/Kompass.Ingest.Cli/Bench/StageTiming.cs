namespace Kompass.Ingest.Cli.Bench;

/// <summary>One stage of <see cref="StageBench"/>: a stable key, a label for people, and its median time.</summary>
public sealed record StageTiming(string Key, string Label, TimeSpan Median);
