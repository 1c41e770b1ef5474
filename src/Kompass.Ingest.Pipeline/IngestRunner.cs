using System.Globalization;
using System.Reflection;
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
    private readonly IDocumentValidator? _validator;

    // Stateless: maps an extraction to the contract, where corrections are expressed.
    private static readonly ExportDocumentMapper Mapper = new();

    /// <summary>
    /// Wires the stages; the store is not disposed by the runner. <paramref name="validator"/>
    /// checks each new extraction and its flags are stored with it (none when null).
    /// </summary>
    public IngestRunner(ArchiveScanner scanner, Fingerprinter fingerprinter, ExtractionStage extraction, IDocumentStore store, TimeProvider time, IDocumentValidator? validator = null)
    {
        _validator = validator;
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
        var runId = _store.StartRun(new RunStart(root, startedAt, _extraction.ExtractorVersion, PipelineVersion));
        var scan = ArchiveScan.Empty;
        var tally = new IngestTally();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var extracted = new HashSet<string>(StringComparer.Ordinal);
        var cancelled = false;
        var changed = false;
        try
        {
            scan = _scanner.Scan(root, cancellationToken);
            var knownPaths = KnownPaths.Load(_store, _extraction.ExtractorVersion);
            for (var i = 0; i < scan.Documents.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var file = scan.Documents[i];
                var (outcome, detail, staleCorrections) = Ingest(file, runId, knownPaths, seen, reextractAll ? extracted : null, cancellationToken);
                tally.Add(file.RelativePath, outcome, detail);
                foreach (var stale in staleCorrections)
                {
                    tally.AddStaleCorrection(file.RelativePath, stale);
                }

                changed |= outcome is IngestOutcome.Added or IngestOutcome.Reextracted;
                progress?.Report(new IngestProgress(i + 1, scan.Documents.Count, file.RelativePath, outcome, detail));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            cancelled = true;
        }

        if (changed)
        {
            _store.ReplaceCrossDocumentFlags(CrossDocumentFlags());
        }

        _store.MarkSeen(seen, runId);
        var summary = tally.Summary(runId, scan, _time.GetElapsedTime(clock), cancelled);
        _store.FinishRun(tally.Record(summary, root, startedAt, _time.GetUtcNow(), _extraction.ExtractorVersion, PipelineVersion));
        return summary;
    }

    // `extractedThisRun` is given when every document is to be extracted again: it holds those
    // done so far, so that a file found at several paths is extracted once.
    // Besides the outcome, the reviewer corrections a re-extraction left without their field.
    private (IngestOutcome Outcome, string? Detail, IReadOnlyList<string> StaleCorrections) Ingest(
        ArchiveFile file, int runId, KnownPaths knownPaths, HashSet<string> seen, HashSet<string>? extractedThisRun, CancellationToken cancellationToken)
    {
        string sha256;
        try
        {
            sha256 = _fingerprinter.ComputeFile(file.FullPath, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (IngestOutcome.Refused, $"cannot read the file: {OneLine(e)}", []);
        }

        // The common case of a second run neither reads nor writes the store here: the pair is
        // in the run's snapshot, and the last-seen marks are committed in bulk at the end.
        if (extractedThisRun is null && knownPaths.Contains(sha256, file.RelativePath))
        {
            seen.Add(sha256);
            return (IngestOutcome.AlreadyKnown, null, []);
        }

        var known = _store.Find(sha256);
        var current = known is not null && known.ExtractorVersion == _extraction.ExtractorVersion;
        if (known is not null && (extractedThisRun is null ? current : extractedThisRun.Contains(sha256)))
        {
            if (known.Paths.Contains(file.RelativePath, StringComparer.Ordinal))
            {
                seen.Add(sha256);
                return (IngestOutcome.AlreadyKnown, null, []);
            }

            _store.RecordSeen(sha256, file.RelativePath, runId);
            return (IngestOutcome.KnownAtNewPath, null, []);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (IngestOutcome.Refused, $"cannot read the file: {OneLine(e)}", []);
        }

        if (_fingerprinter.Compute(bytes) != sha256)
        {
            return (IngestOutcome.Refused, "the file changed while it was being read; run ingest again when it is complete", []);
        }

        var result = _extraction.Extract(bytes, file.FileName, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        extractedThisRun?.Add(sha256);
        var extraction = result.Extraction;
        _store.Save(new DocumentWrite(
            sha256, file.RelativePath, runId, extraction, result.PageCount, _extraction.ExtractorVersion, PipelineVersion, _time.GetUtcNow())
        {
            Flags = _validator?.Validate(extraction) ?? [],
            Findings = FindingRows.From(sha256, extraction),
        });
        return extraction.Type == DocumentType.Unreadable
            ? (IngestOutcome.Refused, extraction.Error, [])
            : known is null ? (IngestOutcome.Added, null, []) : (IngestOutcome.Reextracted, null, StaleCorrections(sha256, file.RelativePath, extraction));
    }

    // Every correction is kept and re-applied by the export; after a re-extraction, those whose
    // field the new extraction no longer has are reported here so that a reviewer can look again.
    private IReadOnlyList<string> StaleCorrections(string sha256, string path, ReportExtraction extraction)
    {
        var corrections = _store.Corrections(sha256);
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
    // fields find them, so only their extractions are read.
    private IReadOnlyDictionary<string, IReadOnlyList<Flag>> CrossDocumentFlags()
    {
        var candidates = _store.Documents()
            .Where(d => d.MunicipalityCode is not null && d.Year is not null && d.Type != DocumentType.Unreadable)
            .GroupBy(d => (d.MunicipalityCode, d.Year, d.Type))
            .Where(g => g.Count() > 1)
            .SelectMany(g => g)
            .Select(d => (d.Sha256, d.FirstPath, Extraction: _store.Extraction(d.Sha256, d.ExtractorVersion)))
            .Where(d => d.Extraction is not null)
            .Select(d => (d.Sha256, d.FirstPath, d.Extraction!))
            .ToList();
        return DuplicateReportRule.Find(candidates);
    }

    private static string OneLine(Exception e) => e.Message.ReplaceLineEndings(" ").Trim();
}
