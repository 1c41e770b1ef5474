using System.Reflection;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Pipeline;

/// <summary>
/// Runs ingest over an archive folder: scan, then for each document fingerprint it, skip it when
/// the store holds its hash (recording a new path), else read, extract and store it in one
/// transaction. One file's failure is recorded and the run goes on. Cancellation is checked
/// between documents and stages; the document in flight is dropped, never half-stored, and the
/// next run picks it up. Reports each document through <see cref="IProgress{T}"/>; no console.
/// </summary>
public sealed class IngestRunner
{
    private readonly ArchiveScanner _scanner;
    private readonly Fingerprinter _fingerprinter;
    private readonly ExtractionStage _extraction;
    private readonly IDocumentStore _store;
    private readonly TimeProvider _time;

    /// <summary>Wires the stages; the store is not disposed by the runner.</summary>
    public IngestRunner(ArchiveScanner scanner, Fingerprinter fingerprinter, ExtractionStage extraction, IDocumentStore store, TimeProvider time)
    {
        _scanner = Guard.NotNull(scanner);
        _fingerprinter = Guard.NotNull(fingerprinter);
        _extraction = Guard.NotNull(extraction);
        _store = Guard.NotNull(store);
        _time = Guard.NotNull(time);
    }

    /// <summary>The version of this pipeline (the assembly's informational version, with its commit).</summary>
    public static string PipelineVersion { get; } =
        typeof(IngestRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>
    /// Ingests <paramref name="root"/>. Returns the summary, also when cancelled
    /// (<see cref="IngestSummary.Cancelled"/>). A missing folder is a <see cref="UserActionableException"/>.
    /// </summary>
    public IngestSummary Run(string root, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        Guard.NotNull(root);
        var startedAt = _time.GetUtcNow();
        var clock = _time.GetTimestamp();
        ArchiveScanner.EnsureFolder(root);
        var runId = _store.StartRun(new RunStart(root, startedAt, _extraction.ExtractorVersion, PipelineVersion));
        var scan = ArchiveScan.Empty;
        var tally = new IngestTally();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var cancelled = false;
        try
        {
            scan = _scanner.Scan(root, cancellationToken);
            var knownPaths = KnownPaths.Load(_store, _extraction.ExtractorVersion);
            for (var i = 0; i < scan.Documents.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var file = scan.Documents[i];
                var (outcome, detail) = Ingest(file, runId, knownPaths, seen, cancellationToken);
                tally.Add(file.RelativePath, outcome, detail);
                progress?.Report(new IngestProgress(i + 1, scan.Documents.Count, file.RelativePath, outcome, detail));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            cancelled = true;
        }

        _store.MarkSeen(seen, runId);
        var summary = tally.Summary(runId, scan, _time.GetElapsedTime(clock), cancelled);
        _store.FinishRun(tally.Record(summary, root, startedAt, _time.GetUtcNow(), _extraction.ExtractorVersion, PipelineVersion));
        return summary;
    }

    private (IngestOutcome Outcome, string? Detail) Ingest(ArchiveFile file, int runId, KnownPaths knownPaths, HashSet<string> seen, CancellationToken cancellationToken)
    {
        string sha256;
        try
        {
            sha256 = _fingerprinter.ComputeFile(file.FullPath, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (IngestOutcome.Refused, $"cannot read the file: {OneLine(e)}");
        }

        // The common case of a second run neither reads nor writes the store here: the pair is
        // in the run's snapshot, and the last-seen marks are committed in bulk at the end.
        if (knownPaths.Contains(sha256, file.RelativePath))
        {
            seen.Add(sha256);
            return (IngestOutcome.AlreadyKnown, null);
        }

        var known = _store.Find(sha256);
        if (known is not null && known.ExtractorVersion == _extraction.ExtractorVersion)
        {
            if (known.Paths.Contains(file.RelativePath, StringComparer.Ordinal))
            {
                seen.Add(sha256);
                return (IngestOutcome.AlreadyKnown, null);
            }

            _store.RecordSeen(sha256, file.RelativePath, runId);
            return (IngestOutcome.KnownAtNewPath, null);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (IngestOutcome.Refused, $"cannot read the file: {OneLine(e)}");
        }

        if (_fingerprinter.Compute(bytes) != sha256)
        {
            return (IngestOutcome.Refused, "the file changed while it was being read; run ingest again when it is complete");
        }

        var result = _extraction.Extract(bytes, file.FileName, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var extraction = result.Extraction;
        _store.Save(new DocumentWrite(
            sha256, file.RelativePath, runId, extraction, result.PageCount, _extraction.ExtractorVersion, PipelineVersion, _time.GetUtcNow()));
        return extraction.Type == DocumentType.Unreadable
            ? (IngestOutcome.Refused, extraction.Error)
            : (known is null ? IngestOutcome.Added : IngestOutcome.Reextracted, null);
    }

    private static string OneLine(Exception e) => e.Message.ReplaceLineEndings(" ").Trim();
}
