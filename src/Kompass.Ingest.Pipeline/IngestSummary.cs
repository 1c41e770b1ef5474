using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Pipeline;

/// <summary>
/// What an ingest run did. Every document found lands in exactly one of <see cref="Added"/>,
/// <see cref="Reextracted"/>, <see cref="AlreadyKnown"/> or <see cref="Refused"/> (unless the run
/// was cancelled). Paths are relative to the archive with forward slashes.
/// </summary>
public sealed record IngestSummary
{
    /// <summary>The run number in the store.</summary>
    public required int RunId { get; init; }

    /// <summary>Documents (PDFs) found.</summary>
    public required int Seen { get; init; }

    /// <summary>Documents stored for the first time.</summary>
    public required int Added { get; init; }

    /// <summary>Known documents extracted again for a new extractor version.</summary>
    public required int Reextracted { get; init; }

    /// <summary>Documents whose content was stored already (at this or another path).</summary>
    public required int AlreadyKnown { get; init; }

    /// <summary>Already-known documents found at a path not seen before.</summary>
    public required IReadOnlyList<string> NewPaths { get; init; }

    /// <summary>Documents that could not be read, each with its reason. Those whose bytes could be read are stored as unreadable documents (so the export lists them); those that could not even be read are retried next run.</summary>
    public required IReadOnlyList<RefusedFile> Refused { get; init; }

    /// <summary>Folders and files the walk could not read, and links it did not follow.</summary>
    public required IReadOnlyList<RefusedFile> Unscanned { get; init; }

    /// <summary>Files that are not PDFs.</summary>
    public required IReadOnlyList<string> NotDocuments { get; init; }

    /// <summary>
    /// Reviewer corrections that no longer apply to a document extracted again in this run (its
    /// field is gone or the value no longer fits), one line each with the path; they stay stored.
    /// </summary>
    public IReadOnlyList<string> StaleCorrections { get; init; } = [];

    /// <summary>Wall-clock time of the run.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>True when Ctrl+C stopped the run; what was stored is complete.</summary>
    public required bool Cancelled { get; init; }
}
