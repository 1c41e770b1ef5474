namespace Kompass.Ingest.Pipeline;

/// <summary>
/// One document done: its position in the run (1-based <see cref="Index"/> of <see cref="Total"/>),
/// its path relative to the archive, what happened, and for a refused file the reason.
/// </summary>
public sealed record IngestProgress(int Index, int Total, string Path, IngestOutcome Outcome, string? Detail);
