using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Pipeline;

/// <summary>
/// What a worker made of one archive file, for the writer: refused before it could be identified
/// (<see cref="Sha256"/> null) or after (<see cref="Refusal"/>), extracted (<see cref="Write"/>),
/// or known (found at a new path when <see cref="AtNewPath"/>).
/// </summary>
internal sealed record ProcessedDocument(ArchiveFile File, string? Sha256)
{
    /// <summary>Why the file was refused without storing it.</summary>
    public string? Refusal { get; init; }

    /// <summary>The extracted document to store.</summary>
    public DocumentWrite? Write { get; init; }

    /// <summary>The store held this content before the run (so a save is a re-extraction).</summary>
    public bool WasStored { get; init; }

    /// <summary>Known content at a path the store may not hold yet.</summary>
    public bool AtNewPath { get; init; }

    /// <summary>
    /// Set when this document adds to its content's record (extracted, or at a new path):
    /// completed once it is queued for the writer, true when the content is stored by then (the
    /// writer stores what it was queued), so that later paths of the same bytes queue behind it.
    /// </summary>
    public TaskCompletionSource<bool>? Queued { get; init; }

    /// <summary>True when writing it needs the store; known documents at a known path do not.</summary>
    public bool NeedsStore => Write is not null || AtNewPath;

    public static ProcessedDocument Refused(ArchiveFile file, string? sha256, string reason) => new(file, sha256) { Refusal = reason };

    public static ProcessedDocument Known(ArchiveFile file, string sha256, bool atNewPath) => new(file, sha256) { AtNewPath = atNewPath };

    public static ProcessedDocument Extracted(ArchiveFile file, DocumentWrite write, bool wasStored) => new(file, write.Sha256) { Write = write, WasStored = wasStored };
}
