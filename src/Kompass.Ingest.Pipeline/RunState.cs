namespace Kompass.Ingest.Pipeline;

/// <summary>
/// One ingest run's state. <see cref="Turns"/> and <see cref="LastPathOf"/> are shared by the
/// workers; everything else belongs to the writer's thread.
/// </summary>
internal sealed class RunState(int id, StoreSnapshot snapshot, bool reextractAll)
{
    /// <summary>The run number in the store.</summary>
    public int Id { get; } = id;

    /// <summary>What the store held when the run started.</summary>
    public StoreSnapshot Snapshot { get; } = snapshot;

    /// <summary>Every document is extracted again, also those of the current extractor version.</summary>
    public bool ReextractAll { get; } = reextractAll;

    /// <summary>The workers' turns, in the archive's order, to add a path to a content's record.</summary>
    public ArchiveTurns Turns { get; } = new();

    /// <summary>
    /// Per content (SHA-256), the latest of its paths that this run adds to its record: completes
    /// once queued for the writer, true when the content is stored by then. Only read and written
    /// on a turn of <see cref="Turns"/>, one worker at a time (the turns' hand-over orders the
    /// accesses).
    /// </summary>
    public Dictionary<string, Task<bool>> LastPathOf { get; } = new(StringComparer.Ordinal);

    /// <summary>Known documents seen at a known path, marked seen in bulk at the end.</summary>
    public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

    /// <summary>The outcomes so far.</summary>
    public IngestTally Tally { get; } = new();

    /// <summary>Documents written so far (the progress index).</summary>
    public int Done { get; set; }

    /// <summary>A document was stored or re-extracted, so the cross-document flags are due.</summary>
    public bool Changed { get; set; }

    /// <summary>The scores of the newest extractions stored, for the cross-document flags at the end.</summary>
    public RecentScores StoredScores { get; } = new(StoredScoresKept);

    // Enough for the whole of a typical import's duplicates; a few MB at most.
    private const int StoredScoresKept = 256;
}
