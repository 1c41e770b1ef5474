using System.Globalization;
using System.Reflection;
using System.Threading.Channels;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Export;
using Kompass.Ingest.Export.Corrections;
using Kompass.Ingest.Extraction.Validation;
using Kompass.Ingest.Pipeline.Search;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Pipeline;

/// <summary>
/// Runs ingest over an archive folder: scan, then for each document fingerprint it, skip it when
/// the store holds its hash (recording a new path), else read, extract and store it; copies found
/// by one run are recorded in the archive's order, the first extracted. Documents are
/// read and extracted by <see cref="IngestOptions.Workers"/> workers in parallel; one writer
/// flags and indexes their results and stores them in order of completion, a batch of whole
/// documents per transaction, holding the shared store only for a short batch at a time (so the
/// review server and the command line get their turns during a long run). One file's failure is
/// recorded and the run goes on; a document whose parse outlasts
/// <see cref="IngestOptions.DocumentTimeout"/> is abandoned and stored as unreadable.
/// Cancellation stops the workers and the writer between documents; documents in flight are
/// dropped, never half-stored, and the next run picks them up. Reports each document through
/// <see cref="IProgress{T}"/> on the writer's (the caller's) thread; no console.
/// </summary>
public sealed class IngestRunner
{
    // The writer holds the store for at most this many documents at a time: long enough to make
    // opening the store a small cost, short enough that other users wait well under a second.
    // Also what bounds LiteDB's page cache of one open, garbage once the store is closed: at 32
    // the peak memory of a 5,000-document ingest was 291 MiB, at 8 265 MiB, for about 3 % more
    // CPU (README, Benchmark; measured while the findings' terms still had an index, whose inserts
    // read pages all over it).
    private const int MaxBatch = 8;

    // How long the writer gathers finished documents into a batch before it writes a short one:
    // a run's progress is reported at least this often.
    private static readonly TimeSpan MaxBatchWait = TimeSpan.FromSeconds(1);

    // The end-of-run duplicate check reads at most about this many extractions per use of the store.
    private const int CandidatesPerUse = 64;

    private readonly ArchiveScanner _scanner;
    private readonly Fingerprinter _fingerprinter;
    private readonly ExtractionStage _extraction;
    private readonly ISharedStore _store;
    private readonly TimeProvider _time;
    private readonly IDocumentValidator? _validator;
    private readonly IngestOptions _options;
    private readonly IFindingThemes? _themes;

    // Stateless: maps an extraction to the contract, where corrections are expressed.
    private static readonly ExportDocumentMapper Mapper = new();

    /// <summary>
    /// Wires the stages over a shared store. <paramref name="validator"/> checks each new
    /// extraction and its flags are stored with it (none when null); <paramref name="themes"/>
    /// names the theme of each strength and improvement in the search index (none when null).
    /// </summary>
    public IngestRunner(
        ArchiveScanner scanner,
        Fingerprinter fingerprinter,
        ExtractionStage extraction,
        ISharedStore store,
        TimeProvider time,
        IDocumentValidator? validator = null,
        IngestOptions? options = null,
        IFindingThemes? themes = null)
    {
        _validator = validator;
        _themes = themes;
        _scanner = Guard.NotNull(scanner);
        _fingerprinter = Guard.NotNull(fingerprinter);
        _extraction = Guard.NotNull(extraction);
        _store = Guard.NotNull(store);
        _time = Guard.NotNull(time);
        _options = (options ?? IngestOptions.Default).Validated();
    }

    /// <summary>Wires the stages over a store the caller holds open (and disposes).</summary>
    public IngestRunner(
        ArchiveScanner scanner,
        Fingerprinter fingerprinter,
        ExtractionStage extraction,
        IDocumentStore store,
        TimeProvider time,
        IDocumentValidator? validator = null,
        IngestOptions? options = null,
        IFindingThemes? themes = null)
        : this(scanner, fingerprinter, extraction, new HeldStore(store), time, validator, options, themes)
    {
    }

    /// <summary>The version of this pipeline (the assembly's informational version, with its commit).</summary>
    public static string PipelineVersion { get; } =
        typeof(IngestRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>
    /// Ingests <paramref name="root"/>. A known document is extracted again when its stored
    /// extraction comes from another extractor version, or from any when
    /// <paramref name="reextractAll"/>. Returns the summary, also when cancelled
    /// (<see cref="IngestSummary.Cancelled"/>). A missing folder is a <see cref="UserActionableException"/>.
    /// </summary>
    public IngestSummary Run(string root, IProgress<IngestProgress>? progress, CancellationToken cancellationToken, bool reextractAll = false)
    {
        Guard.NotNull(root);
        var startedAt = _time.GetUtcNow();
        var clock = _time.GetTimestamp();
        ArchiveScanner.EnsureFolder(root);
        var run = _store.Use(s => new RunState(
            s.StartRun(new RunStart(root, startedAt, _extraction.ExtractorVersion, PipelineVersion)),
            StoreSnapshot.Load(s),
            reextractAll));
        var scan = ArchiveScan.Empty;
        var cancelled = false;
        try
        {
            scan = _scanner.Scan(root, cancellationToken);
            ProcessAndWrite(scan.Documents, run, progress, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            cancelled = true;
        }

        var crossDocumentFlags = run.Changed ? CrossDocumentFlags(run.StoredScores) : null;
        return _store.Use(s =>
        {
            if (crossDocumentFlags is not null)
            {
                s.ReplaceCrossDocumentFlags(crossDocumentFlags);
            }

            s.MarkSeen(run.Seen, run.Id);
            var summary = run.Tally.Summary(run.Id, scan, _time.GetElapsedTime(clock), cancelled);
            s.FinishRun(run.Tally.Record(summary, root, startedAt, _time.GetUtcNow(), _extraction.ExtractorVersion, PipelineVersion));
            return summary;
        });
    }

    // The workers process documents into a bounded queue (so that finished extractions never pile
    // up in memory while the store is busy); the calling thread writes them. The queue holds a
    // batch besides two documents per worker, so that the workers go on while the writer saves a
    // batch: with room for two documents only, they stood idle through every save, a third of a
    // one-worker run's wall time. A batch of extractions is a few MB.
    private void ProcessAndWrite(IReadOnlyList<ArchiveFile> files, RunState run, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var processed = Channel.CreateBounded<ProcessedDocument>(new BoundedChannelOptions(MaxBatch + (2 * _options.Workers)) { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var workers = Task.Run(async () =>
        {
            try
            {
                var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.Workers, CancellationToken = stop.Token };
                await Parallel.ForEachAsync(files.Select((file, index) => (file, index)), parallel, async (next, token) =>
                {
                    var document = await ProcessAsync(next.file, next.index, run, token).ConfigureAwait(false);
                    try
                    {
                        await processed.Writer.WriteAsync(document, token).ConfigureAwait(false);
                    }
                    catch
                    {
                        document.Queued?.TrySetCanceled(token);
                        throw;
                    }

                    // Only once queued: later paths of the same content queue behind it.
                    document.Queued?.TrySetResult(document.NeedsStore);
                }).ConfigureAwait(false);
                processed.Writer.TryComplete();
            }
#pragma warning disable CA1031 // Handed to the writer, which rethrows it on the calling thread.
            catch (Exception e)
#pragma warning restore CA1031
            {
                processed.Writer.TryComplete(e);
            }
        }, CancellationToken.None);

        try
        {
            WriteAll(processed.Reader, run, files.Count, progress, cancellationToken);
        }
        finally
        {
            // When the writer stops early (cancelled, or the store failed), the workers stop too;
            // abandoned parses are not waited for (see TimeBox).
            stop.Cancel();
            workers.GetAwaiter().GetResult();
        }
    }

    private void WriteAll(ChannelReader<ProcessedDocument> processed, RunState run, int total, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var batch = new List<ProcessedDocument>(MaxBatch);
        try
        {
            while (processed.WaitToReadAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
            {
                Gather(processed, batch, cancellationToken);
                WriteBatch(batch, run, total, progress);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // What the workers finished before the stop is complete: it is stored (a batch at
            // most, besides the short queue); only the documents in flight are dropped.
            WriteQueued(processed, batch, run, total, progress);
            throw;
        }
    }

    // Takes finished documents into the batch until it is full, the workers are done, or
    // MaxBatchWait has passed since it began. Without the wait the writer, faster than the
    // workers, found one document at a time and paid an opening, a commit and a closing of the
    // store for each: about a third on top of the document's own write. The batch is held in
    // memory (extractions, not PDFs), never the store.
    private void Gather(ChannelReader<ProcessedDocument> processed, List<ProcessedDocument> batch, CancellationToken cancellationToken)
    {
        // The machine's clock, not the run's TimeProvider: this is a wait for work, not a time recorded.
        var began = Environment.TickCount64;
        while (true)
        {
            TakeQueued(processed, batch);

            var left = MaxBatchWait - TimeSpan.FromMilliseconds(Environment.TickCount64 - began);
            if (batch.Count >= MaxBatch || left <= TimeSpan.Zero)
            {
                return;
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(left);
            try
            {
                if (!processed.WaitToReadAsync(wait.Token).AsTask().GetAwaiter().GetResult())
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    // Moves what the workers have finished into the batch, up to its size, flagging and indexing
    // each new extraction as it is taken. Done here, while the batch fills, and not when it is
    // written, so that the checks run beside the workers instead of after them: at the end of a
    // run the workers are done and only the last batch's save is left (before, its checks too, a
    // few per cent of a bench run with every core idle but the writer's). Outside the store's
    // use, so that other users do not wait through the checks either.
    private void TakeQueued(ChannelReader<ProcessedDocument> processed, List<ProcessedDocument> batch)
    {
        while (batch.Count < MaxBatch && processed.TryRead(out var document))
        {
            batch.Add(document.Write is { } write ? document with { Write = WithFlagsAndFindings(write) } : document);
        }
    }

    // Writes the batch and everything still queued, a batch per use of the store.
    private void WriteQueued(ChannelReader<ProcessedDocument> processed, List<ProcessedDocument> batch, RunState run, int total, IProgress<IngestProgress>? progress)
    {
        while (true)
        {
            TakeQueued(processed, batch);
            if (batch.Count == 0)
            {
                return;
            }

            WriteBatch(batch, run, total, progress);
        }
    }

    // Writes a batch in one use of the store, its new extractions in one transaction, reports
    // each document and empties the batch.
    private void WriteBatch(List<ProcessedDocument> batch, RunState run, int total, IProgress<IngestProgress>? progress)
    {
        if (batch.Count == 0)
        {
            return;
        }

        // A re-run over an unchanged archive needs nothing written per document.
        var outcomes = batch.Exists(d => d.NeedsStore)
            ? _store.Use(store =>
            {
                var writes = batch.Where(d => d.Write is not null).Select(d => d.Write!).ToList();
                if (writes.Count > 0)
                {
                    store.SaveAll(writes);
                    KeepScores(writes, run.StoredScores);
                }

                return batch.ConvertAll(d => Write(store, d, run));
            })
            : batch.ConvertAll(d => Write(null, d, run));
        for (var i = 0; i < batch.Count; i++)
        {
            var (path, (outcome, detail)) = (batch[i].File.RelativePath, outcomes[i]);
            run.Tally.Add(path, outcome, detail);
            progress?.Report(new IngestProgress(++run.Done, total, path, outcome, detail));
        }

        batch.Clear();
    }

    // The scores of the saved extractions that can have duplicates (as the duplicate check sees
    // them: read, with a municipality code and a year), for that check at the end of the run.
    private static void KeepScores(List<DocumentWrite> saved, RecentScores scores)
    {
        foreach (var write in saved)
        {
            var extraction = write.Extraction;
            if (extraction.Type != DocumentType.Unreadable && extraction.Municipality?.Code is not null && extraction.Year is not null)
            {
                scores.Add(write.Sha256, write.ExtractorVersion, extraction);
            }
        }
    }

    // One document's result, after the batch's extractions were saved: what else the store needs
    // (given when the document needs it), and its outcome.
    private (IngestOutcome Outcome, string? Detail) Write(IDocumentStore? store, ProcessedDocument document, RunState run)
    {
        var path = document.File.RelativePath;
        switch (document)
        {
            case { Sha256: null }:
                return (IngestOutcome.Refused, document.Refusal);
            case { Write: { } write }:
                run.Changed = true;
                var extraction = write.Extraction;
                if (extraction.Type == DocumentType.Unreadable)
                {
                    return (IngestOutcome.Refused, extraction.Error);
                }

                if (!document.WasStored)
                {
                    return (IngestOutcome.Added, null);
                }

                foreach (var stale in StaleCorrections(store!, write.Sha256, path, extraction))
                {
                    run.Tally.AddStaleCorrection(path, stale);
                }

                return (IngestOutcome.Reextracted, null);
            case { Refusal: { } refusal }:
                return (IngestOutcome.Refused, refusal);
            case { AtNewPath: true }:
                if (store!.RecordSeen(document.Sha256, path, run.Id))
                {
                    return (IngestOutcome.KnownAtNewPath, null);
                }

                run.Seen.Add(document.Sha256);
                return (IngestOutcome.AlreadyKnown, null);
            default:
                // The common case of a second run neither reads nor writes the store: the last-seen
                // marks are committed in bulk at the end.
                run.Seen.Add(document.Sha256);
                return (IngestOutcome.AlreadyKnown, null);
        }
    }

    // Runs on a worker: decides from the snapshot, and reads and extracts what is new. A path that
    // adds to its content's record (new content, or known content at a new path) takes its turn in
    // the archive's order and then queues behind the run's earlier paths of the same content, so
    // that copies are recorded in the archive's order and the first of them is the one extracted
    // and named by the export, whichever worker hashed its copy first.
    private async Task<ProcessedDocument> ProcessAsync(ArchiveFile file, int index, RunState run, CancellationToken cancellationToken)
    {
        string sha256;
        StoreSnapshot.StoredState? stored;
        bool isCurrent;
        TaskCompletionSource<bool> mine;
        Task<bool>? earlier;
        try
        {
            try
            {
                sha256 = TransientIo.Retry.Execute(token => _fingerprinter.ComputeFile(file.FullPath, token), cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return ProcessedDocument.Refused(file, null, $"cannot read the file: {OneLine(e)}");
            }

            stored = run.Snapshot.Find(sha256);
            isCurrent = stored is not null && _extraction.IsCurrent(stored.ExtractorVersion) && !run.ReextractAll;
            if (isCurrent && stored!.Paths.Contains(file.RelativePath))
            {
                return ProcessedDocument.Known(file, sha256, atNewPath: false);
            }

            await run.Turns.WaitAsync(index, cancellationToken).ConfigureAwait(false);
            mine = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            earlier = run.LastPathOf.GetValueOrDefault(sha256);
            run.LastPathOf[sha256] = mine.Task;
        }
        finally
        {
            run.Turns.Pass(index);
        }

        try
        {
            // Extracted once per content and run: a later path of the same bytes waits for the
            // earlier one's result and is then recorded as a path of it.
            var storedEarlier = earlier is not null && await earlier.WaitAsync(cancellationToken).ConfigureAwait(false);
            return isCurrent || storedEarlier
                ? ProcessedDocument.Known(file, sha256, atNewPath: true) with { Queued = mine }
                : await ExtractAsync(file, sha256, run.Id, wasStored: stored is not null, cancellationToken).ConfigureAwait(false) with { Queued = mine };
        }
        catch
        {
            mine.TrySetCanceled(cancellationToken);
            throw;
        }
    }

    private async Task<ProcessedDocument> ExtractAsync(ArchiveFile file, string sha256, int runId, bool wasStored, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = TransientIo.Retry.Execute(() => File.ReadAllBytes(file.FullPath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ProcessedDocument.Refused(file, sha256, $"cannot read the file: {OneLine(e)}");
        }

        if (_fingerprinter.Compute(bytes) != sha256)
        {
            return ProcessedDocument.Refused(file, sha256, "the file changed while it was being read; run ingest again when it is complete");
        }

        var timeout = _options.DocumentTimeout;
        var (finished, result) = await TimeBox.RunAsync((token, allowMore) => _extraction.Extract(bytes, file.FileName, token, allowMore), timeout, cancellationToken).ConfigureAwait(false);
        if (!finished)
        {
            result = new ExtractionResult(ReportExtraction.Unreadable(string.Create(
                CultureInfo.InvariantCulture,
                $"timed out after {timeout.TotalSeconds:0.#} s: reading it did not finish, the PDF may be malformed; open it to check, or give more time with --timeout")), 0);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var extraction = result!.Extraction;
        // Its flags and finding rows are added by the writer (WithFlagsAndFindings).
        var write = new DocumentWrite(
            sha256, file.RelativePath, runId, extraction, result.PageCount, _extraction.VersionFor(result!), PipelineVersion, _time.GetUtcNow());
        return ProcessedDocument.Extracted(file, write, wasStored);
    }

    // The checks that flag an extraction and the rows that index its findings for search: done by
    // the writer, before it takes the store, rather than by the worker, so that a worker goes on
    // to read the next PDF while they run. With one worker the two overlap on a second core (the
    // worker had stood idle through them, about a sixth of its time); with a worker per core
    // nothing changes, the same work is done on the same cores.
    private DocumentWrite WithFlagsAndFindings(DocumentWrite write) => write with
    {
        Flags = _validator?.Validate(write.Extraction) ?? [],
        Findings = FindingRows.From(write.Sha256, write.Extraction, _themes),
    };

    // Every correction is kept and re-applied by the export; after a re-extraction, those whose
    // field the new extraction no longer has are reported here so that a reviewer can look again.
    private static IReadOnlyList<string> StaleCorrections(IDocumentReader store, string sha256, string path, ReportExtraction extraction)
    {
        var corrections = store.Corrections(sha256);
        if (corrections.Count == 0)
        {
            return [];
        }

        var document = Mapper.Map(new ExportSource(sha256, path, extraction));
        return CorrectionApplier.Apply(document, corrections).Stale
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"correction {s.Correction.Id} of {s.Correction.Field} by {s.Correction.Reviewer}: {s.Reason}"))
            .ToList();
    }

    // Only documents that share municipality, year and type can be duplicates: the stored index
    // fields find them, so only their extractions are read, a few groups per use of the store, and
    // of each only the scores the rule compares (ExtractionScores: the texts are most of it). The
    // store's page cache lives as long as one open, so reading every candidate in one use held
    // them all in memory (an archive of thousands of copies: 870 MiB at 5,000 documents); now it
    // holds at most about CandidatesPerUse extractions. The index fields are the extraction's own,
    // so the rule finds the same groups within each. A candidate this run stored lately is taken
    // from `storedScores` instead, the same fields of the same extraction, without a read.
    private IReadOnlyDictionary<string, IReadOnlyList<Flag>> CrossDocumentFlags(RecentScores storedScores)
    {
        var groups = _store.Use(s => s.Documents()
            .Where(d => d.MunicipalityCode is not null && d.Year is not null && d.Type != DocumentType.Unreadable)
            .GroupBy(d => (d.MunicipalityCode, d.Year, d.Type))
            .Where(g => g.Count() > 1)
            .Select(g => g.ToList())
            .ToList());
        var flags = new Dictionary<string, IReadOnlyList<Flag>>(StringComparer.Ordinal);
        var next = 0;
        while (next < groups.Count)
        {
            var chunk = new List<List<StoredDocument>> { groups[next++] };
            while (next < groups.Count && chunk.Sum(g => g.Count) + groups[next].Count <= CandidatesPerUse)
            {
                chunk.Add(groups[next++]);
            }

            _store.Use(s =>
            {
                foreach (var group in chunk)
                {
                    var candidates = group
                        .Select(d => (d.Sha256, d.FirstPath, Extraction: storedScores.Find(d.Sha256, d.ExtractorVersion) ?? s.ExtractionScores(d.Sha256, d.ExtractorVersion)))
                        .Where(d => d.Extraction is not null)
                        .Select(d => (d.Sha256, d.FirstPath, d.Extraction!))
                        .ToList();
                    foreach (var (sha256, found) in DuplicateReportRule.Find(candidates))
                    {
                        flags[sha256] = found;
                    }
                }
            });
        }

        return flags;
    }

    private static string OneLine(Exception e) => e.Message.ReplaceLineEndings(" ").Trim();
}
