using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Pipeline;

/// <summary>
/// What a walk of the archive found, each list in ordinal order of relative path: the documents
/// (PDFs), the other files, and what could not be scanned (unreadable folders and files, symbolic
/// links not followed) with the reason.
/// </summary>
public sealed record ArchiveScan(
    IReadOnlyList<ArchiveFile> Documents,
    IReadOnlyList<string> NotDocuments,
    IReadOnlyList<RefusedFile> Unscanned)
{
    /// <summary>Nothing found (a run cancelled before the walk ended).</summary>
    public static readonly ArchiveScan Empty = new([], [], []);
}
