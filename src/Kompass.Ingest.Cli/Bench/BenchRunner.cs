using System.Globalization;
using Kompass.Ingest.Cli.Composition;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Pipeline;
using Kompass.Ingest.Pipeline.Analysis;
using Kompass.Ingest.Pipeline.Search;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Cli.Bench;

/// <summary>
/// Runs <c>kompass bench</c> in a work folder of its own: reads the sources, builds the synthetic
/// archive, ingests it once (all of it, or a timed sample and the rest stored from the sources'
/// extractions), ingests the unchanged archive again, measures the store file, and exports it.
/// Each step is the pipeline's own code, wired by <see cref="PipelineFactory"/>. The work folder is
/// deleted at the end, also on failure or Ctrl+C, unless <see cref="BenchOptions.Keep"/>.
/// Progress goes to the given writer, one line per step.
/// </summary>
public sealed class BenchRunner(TimeProvider time)
{
    private const string ArchiveFolder = "archive";
    private const string StoreFile = "bench.db";
    private const string ExportFile = "export.json";

    private readonly TimeProvider _time = Guard.NotNull(time);

    /// <summary>Runs every step; throws <see cref="OperationCanceledException"/> on Ctrl+C and <see cref="UserActionableException"/> for a source without readable PDFs.</summary>
    public BenchResult Run(BenchOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        Guard.NotNull(options);
        Guard.NotNull(progress);
        var work = CreateWorkFolder(options.WorkParent);
        try
        {
            var result = Run(options, work.FullName, progress, cancellationToken);
            return options.Keep ? result with { KeptFolder = work.FullName } : result;
        }
        finally
        {
            if (!options.Keep)
            {
                work.Delete(recursive: true);
            }
        }
    }

    private BenchResult Run(BenchOptions options, string work, TextWriter progress, CancellationToken cancellationToken)
    {
        var extraction = PipelineFactory.CreateExtractionStage();

        progress.WriteLine($"kompass bench: reading the PDFs of {options.Source} (each is extracted once to tell the readable ones)");
        var (sources, leftOut, scans) = new BenchSourceReader(new ArchiveScanner(), new Fingerprinter(), extraction).Read(options.Source, cancellationToken);
        if (sources.Count == 0)
        {
            throw new UserActionableException($"source folder '{options.Source}' holds no PDF that kompass can read; give --source DIR with some reports");
        }

        var loadAtStart = BenchMachine.LoadAverage();
        var result = options.Documents > 0
            ? ArchiveSteps(options, work, sources, (leftOut, scans), extraction, progress, cancellationToken)
            : new BenchResult
            {
                Source = options.Source,
                ReadableSources = sources.Count,
                LeftOutSources = leftOut,
                ScannedSources = scans,
                Documents = 0,
                ArchiveBytes = 0,
                Steps = [],
                FirstIngestAdded = 0,
                FirstIngestRefused = 0,
                RerunKnown = 0,
                StoreBytes = 0,
                ExportBytes = 0,
            };
        var throughput = options.ThroughputDocuments > 0
            ? new ThroughputBench(_time).Run(sources, options.ThroughputDocuments, options.ThroughputRounds, work, progress, cancellationToken)
            : null;
        var stages = options.StagesRepetitions > 0
            ? new StageBench(_time).Run(sources, options.StagesRepetitions, work, progress, cancellationToken)
            : null;
        var memory = options.MemoryDocuments.Count > 0
            ? new MemoryBench(_time).Run(options.MemoryDocuments, options.MemoryGenerated, work, progress, cancellationToken)
            : [];
        return result with
        {
            Throughput = throughput,
            Stages = stages,
            Memory = memory,
            Machine = new BenchMachine(Environment.ProcessorCount, loadAtStart, BenchMachine.LoadAverage()),
        };
    }

    // The original steps over a synthetic archive of options.Documents copies.
    private BenchResult ArchiveSteps(
        BenchOptions options,
        string work,
        IReadOnlyList<BenchSource> sources,
        (int All, int Scans) leftOut,
        ExtractionStage extraction,
        TextWriter progress,
        CancellationToken cancellationToken)
    {
        var archive = Path.Combine(work, ArchiveFolder);
        var db = Path.Combine(work, StoreFile);
        var steps = new List<BenchStep>();
        progress.WriteLine(Invariant($"kompass bench: writing {options.Documents} documents from {sources.Count} readable PDFs into {archive}"));
        var clock = _time.GetTimestamp();
        var (entries, archiveBytes) = new SyntheticArchiveBuilder().Build(sources, options.Documents, archive, cancellationToken);
        steps.Add(new BenchStep("build", "build synthetic archive", entries.Count, _time.GetElapsedTime(clock)));

        var first = FirstIngest(options, archive, db, entries, extraction.ExtractorVersion, progress, cancellationToken);
        steps.AddRange(first.Steps);

        progress.WriteLine("kompass bench: ingesting the unchanged archive again");
        clock = _time.GetTimestamp();
        IngestSummary rerun;
        using (var store = PipelineFactory.OpenStore(db))
        {
            rerun = PipelineFactory.CreateIngestRunner(store, _time).Run(archive, progress: null, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        steps.Add(new BenchStep("rerun", "re-run, archive unchanged", rerun.Seen, _time.GetElapsedTime(clock), "open store, scan, hash, look up, close"));
        steps.AddRange(RerunParts(archive, cancellationToken));

        var storeBytes = new FileInfo(db).Length;
        progress.WriteLine("kompass bench: exporting the store (JSON contract)");
        clock = _time.GetTimestamp();
        int exported;
        using (var store = PipelineFactory.OpenStore(db, StoreAccess.ReadOnly))
        {
            exported = PipelineFactory.CreateExportRunner(store, _time).WriteFile(Path.Combine(work, ExportFile), cancellationToken);
        }

        steps.Add(new BenchStep("export", "export (JSON)", exported, _time.GetElapsedTime(clock), "open store, map, write file"));
        steps.AddRange(TrendQueries(db, progress));
        steps.Add(TimedSearch(db, entries.Count, progress));

        return new BenchResult
        {
            Source = options.Source,
            ReadableSources = sources.Count,
            LeftOutSources = leftOut.All,
            ScannedSources = leftOut.Scans,
            Documents = entries.Count,
            ArchiveBytes = archiveBytes,
            Steps = steps,
            FirstIngestAdded = first.Added,
            FirstIngestRefused = first.Refused,
            RerunKnown = rerun.AlreadyKnown,
            StoreBytes = storeBytes,
            ExportBytes = new FileInfo(Path.Combine(work, ExportFile)).Length,
        };
    }

    // The analysts' queries over the whole store, each timed from opening the store to the answer
    // in hand: the municipality with the most scored documents (the largest series there is) and
    // an area across every municipality. The first round warms the JIT up and is not counted.
    private IEnumerable<BenchStep> TrendQueries(string db, TextWriter progress)
    {
        progress.WriteLine("kompass bench: trend queries");
        var lookup = PipelineFactory.CreateMunicipalityLookup();
        var crosswalk = PipelineDefinitions.Current.Crosswalk;
        string? busiest;
        using (var store = PipelineFactory.OpenStore(db, StoreAccess.ReadOnly))
        {
            busiest = store.Evaluations().Where(r => r.MunicipalityCode is not null).GroupBy(r => r.MunicipalityCode!).MaxBy(g => g.Count())?.Key;
        }

        if (busiest is null)
        {
            yield break;
        }

        var municipality = new TrendMunicipality(lookup.NameOf(busiest) ?? busiest, busiest);
        (int Count, TimeSpan Elapsed) Municipality()
        {
            var clock = _time.GetTimestamp();
            using var store = PipelineFactory.OpenStore(db, StoreAccess.ReadOnly);
            var rows = PipelineFactory.CreateEvaluationSource(store).Load(busiest);
            new MunicipalityTrendQuery(crosswalk).Run(municipality, rows);
            return (rows.Count, _time.GetElapsedTime(clock));
        }

        (int Count, TimeSpan Elapsed) Area()
        {
            var clock = _time.GetTimestamp();
            using var store = PipelineFactory.OpenStore(db, StoreAccess.ReadOnly);
            var rows = PipelineFactory.CreateEvaluationSource(store).LoadArea(3);
            new AreaOverviewQuery(lookup).Run(3, null, null, rows);
            return (rows.Count, _time.GetElapsedTime(clock));
        }

        Municipality();
        Area();
        var (count, elapsed) = Municipality();
        yield return new BenchStep("trend-municipality", $"trends --municipality {municipality.Name}", count, elapsed, "open store, read its rows and flags, apply corrections, build the series");
        (count, elapsed) = Area();
        yield return new BenchStep("trend-area", "trends --area 3 (all years)", count, elapsed, "open store, read the area's rows and every flag, rank, quartiles");
    }

    // A search reads every document's row of terms (no index to keep at ingest: see
    // LiteDbDocumentStore.FindingTermsCollection), so its time grows with the store. Timed the
    // second time, as the trend queries are.
    private BenchStep TimedSearch(string db, int documents, TextWriter progress)
    {
        progress.WriteLine(Invariant($"kompass bench: search {SearchedWord}"));
        (int Count, TimeSpan Elapsed) Search()
        {
            var clock = _time.GetTimestamp();
            using var store = PipelineFactory.OpenStore(db, StoreAccess.ReadOnly);
            var hits = PipelineFactory.CreateAnalysisServices(store).Search.Run(new SearchQuery(SearchedWord)).Hits.Count;
            return (hits, _time.GetElapsedTime(clock));
        }

        Search();
        var (hits, elapsed) = Search();
        return new BenchStep("search", $"search {SearchedWord}", documents, elapsed, Invariant($"open store, read every document's terms, then the matching finding sets; {hits} hits"));
    }

    // A word of the framework's vocabulary that a fair share of reports use.
    private const string SearchedWord = "medborgardialog";

    private (IReadOnlyList<BenchStep> Steps, int Added, int Refused) FirstIngest(
        BenchOptions options,
        string archive,
        string db,
        IReadOnlyList<SyntheticArchiveBuilder.Entry> entries,
        string extractorVersion,
        TextWriter progress,
        CancellationToken cancellationToken)
    {
        var sample = Math.Min(options.FirstIngestSample ?? entries.Count, entries.Count);
        var every = Math.Max(1, sample / 20);
        progress.WriteLine(Invariant($"kompass bench: first ingest of {(sample < entries.Count ? $"the first {sample} of {entries.Count}" : $"all {sample}")} documents"));
        // A sample is ingested from a folder of its own holding the first files at the same
        // relative paths, so that the re-run over the whole archive finds them known.
        var root = sample < entries.Count ? CopySample(archive, entries.Take(sample)) : archive;
        var clock = _time.GetTimestamp();
        var report = new SynchronousProgress<IngestProgress>(p =>
        {
            if (p.Index % every == 0 || p.Index == sample)
            {
                var seconds = _time.GetElapsedTime(clock).TotalSeconds;
                progress.WriteLine(Invariant($"kompass bench:   {p.Index}/{sample} documents, {p.Index / seconds:0.0} documents/s"));
            }
        });

        using var store = PipelineFactory.OpenStore(db);
        var summary = PipelineFactory.CreateIngestRunner(store, _time).Run(root, report, cancellationToken);
        var elapsed = _time.GetElapsedTime(clock);
        cancellationToken.ThrowIfCancellationRequested();
        var done = summary.Added + summary.Reextracted + summary.AlreadyKnown + summary.Refused.Count;
        var steps = new List<BenchStep>
        {
            new("firstIngest", "first ingest", done, elapsed, sample < entries.Count ? Invariant($"a sample: the first {sample} of {entries.Count}") : null),
        };
        if (sample < entries.Count)
        {
            progress.WriteLine(Invariant($"kompass bench: storing the other {entries.Count - sample} documents from their sources' extractions (not timed as ingest)"));
            clock = _time.GetTimestamp();
            var seeded = new StoreSeeder(new Fingerprinter(), _time).Seed(store, archive, entries, summary.RunId, extractorVersion, cancellationToken);
            steps.Add(new BenchStep("seed", "store the rest (no extraction)", seeded, _time.GetElapsedTime(clock), "hash, one Save transaction each"));
        }

        return (steps, summary.Added, summary.Refused.Count);
    }

    private static string CopySample(string archive, IEnumerable<SyntheticArchiveBuilder.Entry> sample)
    {
        var root = Path.Combine(Path.GetDirectoryName(archive)!, "sample");
        foreach (var entry in sample)
        {
            var target = Path.Combine(root, entry.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(archive, entry.RelativePath), target);
        }

        return root;
    }

    // Where the re-run's time goes: the walk alone, and hashing every file alone (with the page
    // cache as warm as the re-run left it). The rest of the re-run is store look-ups and bookkeeping.
    private BenchStep[] RerunParts(string archive, CancellationToken cancellationToken)
    {
        var clock = _time.GetTimestamp();
        var scan = new ArchiveScanner().Scan(archive, cancellationToken);
        var scanned = _time.GetElapsedTime(clock);

        clock = _time.GetTimestamp();
        var fingerprinter = new Fingerprinter();
        foreach (var file in scan.Documents)
        {
            fingerprinter.ComputeFile(file.FullPath, cancellationToken);
        }

        var hashed = _time.GetElapsedTime(clock);
        return
        [
            new("rerunScan", "  of which: scan", scan.Documents.Count, scanned, "walk the folders (measured alone)"),
            new("rerunHash", "  of which: hash", scan.Documents.Count, hashed, "SHA-256 of every file (measured alone)"),
        ];
    }

    private static DirectoryInfo CreateWorkFolder(string? parent)
    {
        if (parent is null)
        {
            return Directory.CreateTempSubdirectory("kompass-bench-");
        }

        if (!Directory.Exists(parent))
        {
            throw new UserActionableException($"work folder '{parent}' does not exist; create it or leave out --work");
        }

        return Directory.CreateDirectory(Path.Combine(parent, $"kompass-bench-{Guid.NewGuid():N}"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
