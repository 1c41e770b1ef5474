namespace Kompass.Ingest.Cli.Bench;

/// <summary>
/// What <c>kompass bench</c> measures and where. Validated by the verb before the run starts.
/// </summary>
public sealed record BenchOptions
{
    /// <summary>Documents in the synthetic archive; default 5000; 0 skips the archive's steps (build, first ingest, re-run, export, trends).</summary>
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

    /// <summary>Distinct PDFs that bare PdfPig and our ingest each read with 1 and 2 threads (<see cref="ThroughputBench"/>); default 100, 0 skips.</summary>
    public int ThroughputDocuments { get; init; } = 100;

    /// <summary>Rounds of the four throughput passes, whose medians are reported (<see cref="ThroughputResult"/>); default 3.</summary>
    public int ThroughputRounds { get; init; } = 3;

    /// <summary>Archive sizes generated and ingested by a child <c>kompass ingest</c> whose peak memory is taken (<see cref="MemoryBench"/>); default 1000 and 5000, empty skips.</summary>
    public IReadOnlyList<int> MemoryDocuments { get; init; } = [1000, 5000];

    /// <summary>
    /// At most this many distinct reports are generated for the memory archives (generating is slow:
    /// a few per second); a larger archive is filled with distinct copies of them. Null: as many as
    /// the largest size.
    /// </summary>
    public int? MemoryGenerated { get; init; }

    /// <summary>Repetitions of the per-stage timing of one typical report (<see cref="StageBench"/>); default 5, 0 skips.</summary>
    public int StagesRepetitions { get; init; } = 5;
}
