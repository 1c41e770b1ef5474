namespace Kompass.Ingest.Cli.Bench;

/// <summary>
/// What <c>kompass bench</c> measures and where. Validated by the verb before the run starts.
/// </summary>
public sealed record BenchOptions
{
    /// <summary>Documents in the synthetic archive; default 5000, at least 1.</summary>
    public int Documents { get; init; } = 5000;

    /// <summary>The folder whose readable PDFs are copied into the synthetic archive (default: the bundled sample archive).</summary>
    public required string Source { get; init; }

    /// <summary>
    /// When set (1 to <see cref="Documents"/>), only the first this many documents are timed through a
    /// real first ingest; the rest are stored from the sources' extractions, so that a large archive
    /// can be measured on the re-run and export in minutes. Null: the whole archive is ingested.
    /// </summary>
    public int? FirstIngestSample { get; init; }

    /// <summary>The folder in which the bench makes its own temporary folder (default: the system's temporary folder).</summary>
    public string? WorkParent { get; init; }

    /// <summary>Keep the temporary folder (archive, store, export) instead of deleting it.</summary>
    public bool Keep { get; init; }
}
