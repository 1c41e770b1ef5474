using System.Globalization;
using System.Runtime;
using Kompass.Ingest.Cli.Composition;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Layout;
using Kompass.Ingest.Pipeline;

namespace Kompass.Ingest.Cli.Bench;

/// <summary>
/// Measures throughput against PdfPig's own: writes an archive of N distinct PDFs (see
/// <see cref="SyntheticArchiveBuilder"/>) and reads all of it four times a round, bare PdfPig with
/// one thread, our ingest with one worker, then both again with two, after unmeasured reads of the
/// whole archive by each until the JIT has settled (the warm-up); see <see cref="ThroughputResult"/>
/// for why in rounds. Bare PdfPig is what a program
/// that wants only PdfPig's words does: read the file, <c>PdfDocument.Open</c>, and
/// <c>page.GetWords()</c> for every page. Our ingest is <c>kompass ingest</c>'s runner into a fresh
/// store file, with <see cref="IngestOptions.Workers"/> set.
/// </summary>
public sealed class ThroughputBench(TimeProvider time)
{
    /// <summary>The JIT has settled when a warm-up round compiles fewer methods than this (of some 20,000).</summary>
    public const int SettledCompilations = 50;

    /// <summary>Warm-up rounds at most, settled or not.</summary>
    public const int MaxWarmUpRounds = 20;

    private static readonly int[] Threads = [1, 2];

    private readonly TimeProvider _time = Guard.NotNull(time);

    /// <summary>
    /// Runs the four passes <paramref name="rounds"/> times in <paramref name="work"/> (a folder the
    /// caller owns and removes), after the warm-up.
    /// </summary>
    public ThroughputResult Run(IReadOnlyList<BenchSource> sources, int documents, int rounds, string work, TextWriter progress, CancellationToken cancellationToken)
    {
        Guard.NotNull(sources);
        Guard.NotNull(progress);
        Guard.That(rounds >= 1, "a throughput needs at least one round");
        var archive = Path.Combine(work, "throughput");
        progress.WriteLine(Invariant($"kompass bench: throughput: writing {documents} documents into {archive}"));
        var (entries, _) = new SyntheticArchiveBuilder().Build(sources, documents, archive, cancellationToken);
        var files = entries.Select(e => Path.Combine(archive, e.RelativePath)).ToList();
        var pages = entries.Sum(e => e.Source.Extraction.PageCount);

        var warmUp = WarmUp(files, archive, pages, work, progress, cancellationToken);
        var measured = new List<IReadOnlyList<ThroughputRun>>();
        for (var round = 1; round <= rounds; round++)
        {
            var runs = new List<ThroughputRun>();
            foreach (var threads in Threads)
            {
                progress.WriteLine(Invariant($"kompass bench: throughput: round {round} of {rounds}: bare PdfPig, {threads} thread(s)"));
                runs.Add(Measure(ThroughputRun.BareKey, threads, files.Count, pages, () => Bare(files, threads, cancellationToken)));
                progress.WriteLine(Invariant($"kompass bench: throughput: round {round} of {rounds}: our ingest, {threads} worker(s)"));
                var db = Path.Combine(work, Invariant($"throughput-{round}-{threads}.db"));
                runs.Add(Measure(ThroughputRun.IngestKey, threads, files.Count, pages, () => Ingest(archive, db, threads, files.Count, cancellationToken)));
                DeleteStore(db);
            }

            measured.Add(runs);
        }

        return new ThroughputResult { Documents = files.Count, Pages = pages, Rounds = measured, Cold = warmUp.Cold, WarmUpRounds = warmUp.Rounds, JitSettled = warmUp.Settled };
    }

    // A throughput is a steady state: a real archive is read for hours, so the JIT's first
    // compilations and its tiering up are no part of it. They take long here: ingest runs some
    // 20,000 methods, which start unoptimised and are recompiled on a background thread once hot,
    // and a method that first runs late (the learned models' code) waits behind the others; one
    // read of 100 documents was measured to leave our ingest at 2.7 times its steady CPU time.
    // So both readers read the whole archive, unmeasured, in rounds until a round in which the
    // JIT compiled (almost) nothing. The first round's times are kept: what a fresh process does.
    private WarmUpResult WarmUp(IReadOnlyList<string> files, string archive, int pages, string work, TextWriter progress, CancellationToken cancellationToken)
    {
        var threads = Threads[^1];
        IReadOnlyList<ThroughputRun> cold = [];
        for (var round = 1; round <= MaxWarmUpRounds; round++)
        {
            progress.WriteLine(Invariant($"kompass bench: throughput: warm-up round {round}, both readers on the whole archive"));
            var compiled = JitInfo.GetCompiledMethodCount();
            var db = Path.Combine(work, Invariant($"throughput-warm-up-{round}.db"));
            var bare = Measure(ThroughputRun.BareKey, threads, files.Count, pages, () => Bare(files, threads, cancellationToken));
            var ours = Measure(ThroughputRun.IngestKey, threads, files.Count, pages, () => Ingest(archive, db, threads, files.Count, cancellationToken));
            DeleteStore(db);
            cold = round == 1 ? [bare, ours] : cold;
            if (JitInfo.GetCompiledMethodCount() - compiled < SettledCompilations)
            {
                return new WarmUpResult(round, true, cold);
            }
        }

        return new WarmUpResult(MaxWarmUpRounds, false, cold);
    }

    private sealed record WarmUpResult(int Rounds, bool Settled, IReadOnlyList<ThroughputRun> Cold);

    // A round's store and whatever the store keeps beside it (its log, the OCR cache), so that
    // twenty rounds never hold twenty stores on disk.
    private static void DeleteStore(string db)
    {
        var folder = Path.GetDirectoryName(db)!;
        var name = Path.GetFileNameWithoutExtension(db);
        foreach (var file in Directory.EnumerateFiles(folder, name + "*"))
        {
            File.Delete(file);
        }

        foreach (var directory in Directory.EnumerateDirectories(folder, name + "*"))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    // One pass, with what the process allocated, the collector's pauses and the processor time
    // of all its threads while it ran.
    private static ThroughputRun Measure(string key, int threads, int documents, int pages, Func<TimeSpan> pass)
    {
        var allocated = GC.GetTotalAllocatedBytes();
        var paused = GC.GetTotalPauseDuration();
        var cpu = Environment.CpuUsage.TotalTime;
        var collections = GcCollections.Now();
        var elapsed = pass();
        return new ThroughputRun(
            key, threads, documents, pages, elapsed, GC.GetTotalAllocatedBytes() - allocated, GC.GetTotalPauseDuration() - paused, Environment.CpuUsage.TotalTime - cpu,
            GcCollections.Now().Since(collections));
    }

    private TimeSpan Bare(IReadOnlyList<string> files, int threads, CancellationToken cancellationToken)
    {
        var clock = _time.GetTimestamp();
        Parallel.ForEach(
            files,
            new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken },
            file => PdfPigBaseline.ReadDefaultWords(File.ReadAllBytes(file)));
        return _time.GetElapsedTime(clock);
    }

    private TimeSpan Ingest(string archive, string db, int workers, int expected, CancellationToken cancellationToken)
    {
        var clock = _time.GetTimestamp();
        var summary = PipelineFactory.CreateIngestRunner(PipelineFactory.SharedStore(db), _time, new IngestOptions { Workers = workers })
            .Run(archive, progress: null, cancellationToken);
        var elapsed = _time.GetElapsedTime(clock);
        cancellationToken.ThrowIfCancellationRequested();
        Guard.That(summary.Added == expected, Invariant($"the throughput ingest added {summary.Added} of {expected} readable copies"));
        return elapsed;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
