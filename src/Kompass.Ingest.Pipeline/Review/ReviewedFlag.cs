using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Domain.Review;

namespace Kompass.Ingest.Pipeline.Review;

/// <summary>
/// A flag as a reviewer sees it: its stable id, the flag with its review status set, and the
/// decision that dismissed it, if any.
/// </summary>
public sealed record ReviewedFlag(string Id, string Sha256, Flag Flag, FlagDecision? Dismissal)
{
    /// <summary>The flag's review status.</summary>
    public FlagStatus Status => Flag.Status;
}
