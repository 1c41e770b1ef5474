namespace Kompass.Ingest.Cli.Worker;

/// <summary>A batch of changes that has settled: how many files changed, and why a full pass is needed when events may have been lost (null when none were).</summary>
public sealed record SettledChanges(int Files, string? FullPassReason)
{
    /// <summary>The reason of the pass, for its log line.</summary>
    public string Describe()
        => FullPassReason ?? (Files == 1 ? "1 file changed" : $"{Files} files changed");
}
