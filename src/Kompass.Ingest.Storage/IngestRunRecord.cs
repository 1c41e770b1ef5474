namespace Kompass.Ingest.Storage;

/// <summary>
/// What one ingest run saw and did, kept in the <c>runs</c> collection for later questions
/// ("when did this file arrive?", "what was refused last night?"). Paths are relative to
/// <see cref="Root"/> with forward slashes.
/// </summary>
public sealed record IngestRunRecord
{
    /// <summary>The run number given by <see cref="IDocumentWriter.StartRun"/>.</summary>
    public required int Id { get; init; }

    /// <summary>The folder given to ingest, as given.</summary>
    public required string Root { get; init; }

    /// <summary>When the run started (UTC).</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When the run ended (UTC); null while it runs or when it was killed.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Wall-clock duration in milliseconds.</summary>
    public long ElapsedMilliseconds { get; init; }

    /// <summary>The extractor version in use.</summary>
    public required string ExtractorVersion { get; init; }

    /// <summary>The pipeline version in use.</summary>
    public required string PipelineVersion { get; init; }

    /// <summary>Documents (PDFs) found in the folder tree.</summary>
    public int Seen { get; init; }

    /// <summary>Documents stored for the first time (unreadable ones excluded: see <see cref="Refused"/>).</summary>
    public int Added { get; init; }

    /// <summary>Known documents extracted again because the extractor version changed.</summary>
    public int Reextracted { get; init; }

    /// <summary>Documents whose content was already stored.</summary>
    public int AlreadyKnown { get; init; }

    /// <summary>Known documents found at a path not seen before.</summary>
    public IReadOnlyList<string> NewPaths { get; init; } = [];

    /// <summary>Files that could not be read, each with its reason.</summary>
    public IReadOnlyList<RefusedFile> Refused { get; init; } = [];

    /// <summary>Folders and files the walk could not read, and symbolic links it did not follow, each with its reason.</summary>
    public IReadOnlyList<RefusedFile> Unscanned { get; init; } = [];

    /// <summary>Files that are not PDFs.</summary>
    public IReadOnlyList<string> NotDocuments { get; init; } = [];

    /// <summary>True when the run was cancelled before it had looked at every document.</summary>
    public bool Cancelled { get; init; }
}
