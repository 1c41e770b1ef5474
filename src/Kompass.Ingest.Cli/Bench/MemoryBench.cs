using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Kompass.Ingest.Corpus.Generation;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Cli.Bench;

/// <summary>
/// Measures the memory an ingest holds as the archive grows: for each size N, generates N distinct
/// reports with the corpus generator (<c>kompass corpus generate --count N</c>, seed = N) and runs
/// <c>kompass ingest DIR/archive --db X</c> as a child process of this same program, polling its
/// peak resident memory (<see cref="ProcessPeakMemory"/>) until it exits. A flat peak across sizes
/// means nothing grows with the archive.
/// </summary>
public sealed class MemoryBench(TimeProvider time)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    private readonly TimeProvider _time = Guard.NotNull(time);

    /// <summary>Runs one child ingest per size in <paramref name="work"/> (a folder the caller owns and removes).</summary>
    public IReadOnlyList<MemoryRun> Run(IReadOnlyList<int> sizes, string work, TextWriter progress, CancellationToken cancellationToken)
    {
        Guard.NotNull(sizes);
        Guard.NotNull(progress);
        var context = CorpusContextReader.Read(Path.Combine(AppContext.BaseDirectory, "pipelines"));
        var runs = new List<MemoryRun>();
        foreach (var size in sizes)
        {
            var folder = Path.Combine(work, Invariant($"memory-{size}"));
            progress.WriteLine(Invariant($"kompass bench: memory: generating {size} reports into {folder}"));
            var generated = new CorpusGenerator(CorpusFamilies.Default()).Generate(context, folder, size, seed: size, cancellationToken: cancellationToken);
            progress.WriteLine(Invariant($"kompass bench: memory: kompass ingest of {generated.Files} files as a child process"));
            runs.Add(Ingest(Path.Combine(folder, "archive"), Path.Combine(folder, "memory.db"), generated.Files, cancellationToken));

            // The next size needs the disk more than these files.
            Directory.Delete(folder, recursive: true);
        }

        return runs;
    }

    private MemoryRun Ingest(string archive, string db, int files, CancellationToken cancellationToken)
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
        return new MemoryRun(files, peak is > 0 ? peak : null, elapsed, process.ExitCode);
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
