namespace Kompass.Ingest.Cli.Bench;

/// <summary>
/// One measured step of <c>kompass bench</c>: a stable key for scripts (<c>build</c>,
/// <c>firstIngest</c>, <c>seed</c>, <c>rerun</c>, <c>rerunScan</c>, <c>rerunHash</c>,
/// <c>export</c>), a label for people, the documents it covered, its wall-clock time and a note.
/// </summary>
public sealed record BenchStep(string Key, string Label, int Documents, TimeSpan Elapsed, string? Note = null)
{
    /// <summary>Milliseconds per document; 0 for a step over no documents.</summary>
    public double MillisecondsPerDocument => Documents == 0 ? 0 : Elapsed.TotalMilliseconds / Documents;

    /// <summary>Documents per second; 0 for a step that took no measurable time.</summary>
    public double DocumentsPerSecond => Elapsed <= TimeSpan.Zero ? 0 : Documents / Elapsed.TotalSeconds;
}
