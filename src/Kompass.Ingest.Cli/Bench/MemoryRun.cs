namespace Kompass.Ingest.Cli.Bench;

/// <summary>
/// One archive of <see cref="MemoryBench"/>: its files and how many of them are generated reports
/// (the rest are distinct copies of those), the peak resident memory of the
/// <c>kompass ingest</c> child process over it (VmHWM; null where the system does not tell it), its
/// wall time and exit code.
/// </summary>
public sealed record MemoryRun(int Documents, int Generated, long? PeakBytes, TimeSpan Elapsed, int ExitCode)
{
    /// <summary>The peak in MiB; null when unknown.</summary>
    public double? PeakMegabytes => PeakBytes / 1024.0 / 1024.0;

    /// <summary>Documents per second of the child's whole run; 0 for no measurable time.</summary>
    public double DocumentsPerSecond => Elapsed <= TimeSpan.Zero ? 0 : Documents / Elapsed.TotalSeconds;
}
