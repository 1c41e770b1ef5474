using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Evaluation;

/// <summary>The outcome of pairing truths with exported documents.</summary>
public sealed record DocumentMatching
{
    /// <summary>One entry per scored truth, in truth path order.</summary>
    public required IReadOnlyList<DocumentMatch> Matches { get; init; }

    /// <summary>Exported documents no truth describes.</summary>
    public required IReadOnlyList<ExportDocument> Unexpected { get; init; }

    /// <summary>
    /// Truths not scored because another truth has the same SHA-256: the same file at a second
    /// path is one document, exported once, so it is scored once.
    /// </summary>
    public required IReadOnlyList<TruthDocument> DuplicateTruths { get; init; }
}
