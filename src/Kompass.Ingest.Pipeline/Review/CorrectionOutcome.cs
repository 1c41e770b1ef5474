using Kompass.Ingest.Domain.Review;

namespace Kompass.Ingest.Pipeline.Review;

/// <summary>What a correction did: the correction as stored, the flags it resolved, and any it raised.</summary>
public sealed record CorrectionOutcome(Correction Correction, IReadOnlyList<ReviewedFlag> Resolved, IReadOnlyList<ReviewedFlag> Raised);
