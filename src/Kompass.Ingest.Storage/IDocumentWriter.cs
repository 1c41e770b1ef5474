using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Domain.Review;

namespace Kompass.Ingest.Storage;

/// <summary>
/// The write side of the document store. Every method is one LiteDB transaction, so a process
/// killed at any point leaves each document either wholly stored or not stored at all.
/// </summary>
public interface IDocumentWriter
{
    /// <summary>Records the start of an ingest run and returns its number (1, 2, …).</summary>
    int StartRun(RunStart start);

    /// <summary>
    /// Marks a known document as seen by <paramref name="runId"/> and adds <paramref name="path"/>
    /// to its paths when new. Returns true when the path was new. Throws
    /// <see cref="Domain.Guards.KompassBugException"/> for an unknown hash.
    /// </summary>
    bool RecordSeen(string sha256, string path, int runId);

    /// <summary>
    /// Marks known documents as seen by <paramref name="runId"/> (their last-seen run), in a few
    /// large transactions rather than one per document: a run's bookkeeping, not a document write.
    /// Hashes the store does not hold are ignored.
    /// </summary>
    void MarkSeen(IReadOnlyCollection<string> sha256s, int runId);

    /// <summary>Stores a document and its raw extraction in one transaction (insert, or re-extraction of a known hash).</summary>
    void Save(DocumentWrite write);

    /// <summary>
    /// Stores documents as <see cref="Save"/> does, all in one transaction: each is stored whole,
    /// and a failure (or a killed process) before the commit stores none of them. One commit for
    /// a batch costs a fraction of one per document.
    /// </summary>
    void SaveAll(IReadOnlyList<DocumentWrite> writes);

    /// <summary>
    /// Replaces, in one transaction, every flag raised by comparing documents (such as
    /// duplicate-report) with <paramref name="flags"/>, by SHA-256 of the document they are raised on.
    /// </summary>
    void ReplaceCrossDocumentFlags(IReadOnlyDictionary<string, IReadOnlyList<Flag>> flags);

    /// <summary>Records what a run saw, added and refused, and how long it took.</summary>
    void FinishRun(IngestRunRecord run);

    /// <summary>
    /// Stores a reviewer correction of a known document in one transaction and returns its number
    /// (1, 2, …). Corrections are never changed or removed by ingest or re-extraction.
    /// </summary>
    int AddCorrection(Correction correction);

    /// <summary>
    /// Stores a reviewer's decision on a flag of a known document in one transaction and returns
    /// its number (1, 2, …). Like corrections, decisions are never changed or removed by ingest.
    /// </summary>
    int AddFlagDecision(FlagDecision decision);
}
