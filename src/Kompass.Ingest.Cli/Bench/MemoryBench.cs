using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Kompass.Ingest.Corpus.Generation;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Cli.Bench;

/// <summary>
/// Measures the memory an ingest holds as the archive grows. Generates distinct reports once with
/// the corpus generator's scored families (analyses of every era, feedback, Regionkompassen; the
/// sample mix's memos and bad files come from a pool too small for thousands), seed 2026: as many
/// as the largest size, or at most <c>generated</c>. The archive of size N holds the first N of
/// them and, when N is larger, distinct copies of them (a comment after <c>%%EOF</c>, see
/// <see cref="SyntheticArchiveBuilder"/>), each its own document to the store. Then
/// <c>kompass ingest DIR --db X</c> runs as a child process of this same program, and its peak
/// resident memory is polled (<see cref="ProcessPeakMemory"/>) until it exits. A flat peak across
/// sizes means nothing grows with the archive.
/// </summary>
public sealed class MemoryBench(TimeProvider time)
{
    private const int Seed = 2026;

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    private readonly TimeProvider _time = Guard.NotNull(time);

    /// <summary>Runs one child ingest per size in <paramref name="work"/> (a folder the caller owns and removes).</summary>
    public IReadOnlyList<MemoryRun> Run(IReadOnlyList<int> sizes, int? generated, string work, TextWriter progress, CancellationToken cancellationToken)
    {
        Guard.NotNull(sizes);
        Guard.NotNull(progress);
        var count = Math.Min(sizes.Max(), generated ?? int.MaxValue);
        var reports = Path.Combine(work, "memory-generated");
        progress.WriteLine(Invariant($"kompass bench: memory: generating {count} reports into {reports}"));
        var context = CorpusContextReader.Read(Path.Combine(AppContext.BaseDirectory, "pipelines"));
        new CorpusGenerator(CorpusFamilies.Scored()).Generate(context, reports, count, Seed, cancellationToken: cancellationToken);
        var generatedArchive = Path.Combine(reports, "archive");
        var files = Directory.EnumerateFiles(generatedArchive, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(generatedArchive, f))
            .Order(StringComparer.Ordinal)
            .ToList();
        var runs = new List<MemoryRun>();
        foreach (var size in sizes)
        {
            var folder = Path.Combine(work, Invariant($"memory-{size}"));
            var archive = Path.Combine(folder, "archive");
            var copies = Fill(generatedArchive, files, size, archive, cancellationToken);
            progress.WriteLine(Invariant($"kompass bench: memory: kompass ingest of {size} files ({Math.Min(size, files.Count)} generated, {copies} distinct copies) as a child process"));
            runs.Add(Ingest(archive, Path.Combine(folder, "memory.db"), size, Math.Min(size, files.Count), cancellationToken));

            // The next size needs the disk more than these files.
            Directory.Delete(folder, recursive: true);
        }

        return runs;
    }

    // The first `size` generated files, then distinct copies of them round and round; returns the copies.
    private static int Fill(string from, IReadOnlyList<string> files, int size, string archive, CancellationToken cancellationToken)
    {
        var copies = 0;
        for (var i = 0; i < size; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var relative = files[i % files.Count];
            var target = Path.Combine(archive, i < files.Count ? relative : Invariant($"copy-{i / files.Count:D4}/{relative}"));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (i < files.Count)
            {
                File.Copy(Path.Combine(from, relative), target);
                continue;
            }

            var bytes = File.ReadAllBytes(Path.Combine(from, relative));
            File.WriteAllBytes(target, [.. bytes, .. SyntheticArchiveBuilder.Tail(bytes, i)]);
            copies++;
        }

        return copies;
    }

    private MemoryRun Ingest(string archive, string db, int files, int generated, CancellationToken cancellationToken)
    {
        var start = ThisProgram();
        foreach (var arg in new[] { "ingest", archive, "--db", db })
        {
            start.ArgumentList.Add(arg);
        }

        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var clock = _time.GetTimestamp();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("the child kompass did not start");

        // Its progress lines are read and dropped, so that a full pipe never stalls it.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        long? peak = null;
        try
        {
            while (!process.WaitForExit(PollInterval))
            {
                cancellationToken.ThrowIfCancellationRequested();
                peak = Math.Max(peak ?? 0, ProcessPeakMemory.Read(process) ?? 0);
            }
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var elapsed = _time.GetElapsedTime(clock);
        process.WaitForExit();
        return new MemoryRun(files, generated, peak is > 0 ? peak : null, elapsed, process.ExitCode);
    }

    // The child is this same built program: its apphost, or `dotnet kompass.dll` when run so.
    private static ProcessStartInfo ThisProgram()
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("the program's own path is unknown");
        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        return start;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
