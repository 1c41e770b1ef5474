using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Pipeline;

/// <summary>
/// Counts a run's outcomes as they happen and turns them into the summary and the run record.
/// Documents finish in any order when read in parallel, so the lists are given sorted by path.
/// </summary>
internal sealed class IngestTally
{
    private readonly List<string> _newPaths = [];
    private readonly List<RefusedFile> _refused = [];
    private readonly List<string> _staleCorrections = [];
    private int _added;
    private int _reextracted;
    private int _known;

    public void Add(string path, IngestOutcome outcome, string? detail)
    {
        switch (outcome)
        {
            case IngestOutcome.Added:
                _added++;
                break;
            case IngestOutcome.Reextracted:
                _reextracted++;
                break;
            case IngestOutcome.AlreadyKnown:
                _known++;
                break;
            case IngestOutcome.KnownAtNewPath:
                _known++;
                _newPaths.Add(path);
                break;
            case IngestOutcome.Refused:
                _refused.Add(new RefusedFile(path, detail ?? "unreadable"));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null);
        }
    }

    /// <summary>Notes a correction of the document at <paramref name="path"/> that no longer applies.</summary>
    public void AddStaleCorrection(string path, string description) => _staleCorrections.Add($"{path}: {description}");

    public IngestSummary Summary(int runId, ArchiveScan scan, TimeSpan elapsed, bool cancelled) => new()
    {
        StaleCorrections = [.. _staleCorrections.Order(StringComparer.Ordinal)],
        RunId = runId,
        Seen = scan.Documents.Count,
        Added = _added,
        Reextracted = _reextracted,
        AlreadyKnown = _known,
        NewPaths = [.. _newPaths.Order(StringComparer.Ordinal)],
        Refused = [.. _refused.OrderBy(r => r.Path, StringComparer.Ordinal)],
        Unscanned = scan.Unscanned,
        NotDocuments = scan.NotDocuments,
        Elapsed = elapsed,
        Cancelled = cancelled,
    };

    public IngestRunRecord Record(IngestSummary s, string root, DateTimeOffset startedAt, DateTimeOffset finishedAt, string extractorVersion, string pipelineVersion) => new()
    {
        Id = s.RunId,
        Root = root,
        StartedAt = startedAt,
        FinishedAt = finishedAt,
        ElapsedMilliseconds = (long)s.Elapsed.TotalMilliseconds,
        ExtractorVersion = extractorVersion,
        PipelineVersion = pipelineVersion,
        Seen = s.Seen,
        Added = s.Added,
        Reextracted = s.Reextracted,
        AlreadyKnown = s.AlreadyKnown,
        NewPaths = s.NewPaths,
        Refused = s.Refused,
        Unscanned = s.Unscanned,
        NotDocuments = s.NotDocuments,
        Cancelled = s.Cancelled,
    };
}
