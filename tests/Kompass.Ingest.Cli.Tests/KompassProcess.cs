using System.Diagnostics;

namespace Kompass.Ingest.Cli.Tests;

/// <summary>
/// Runs the built <c>kompass</c> program as a separate process, as a script would. Each run gets a
/// temporary folder of its own (TMPDIR), so that tests which count what kompass leaves in the
/// temporary folder are not confused by a run of another test at the same time.
/// </summary>
internal static class KompassProcess
{
    public static Result Run(params string[] args) => RunWithEnvironment(new Dictionary<string, string>(), args);

    /// <summary>Runs kompass with <paramref name="environment"/> added to this process's environment.</summary>
    public static Result RunWithEnvironment(IReadOnlyDictionary<string, string> environment, params string[] args)
        => Run(StartInfo(args, environment));

    /// <summary>
    /// Runs kompass under GNU time (<see cref="TimeProgram"/>) and returns, besides its result, its
    /// peak resident memory in bytes, as the kernel counted it (the process's high-water mark).
    /// </summary>
    public static (Result Result, long PeakBytes) RunMeasuringMemory(params string[] args)
    {
        var (start, temporary) = StartInfo(args, new Dictionary<string, string>());
        var report = Path.Combine(temporary.FullName, "peak-kb");
        string[] wrapper = ["-f", "%M", "-o", report, start.FileName];
        for (var i = 0; i < wrapper.Length; i++)
        {
            start.ArgumentList.Insert(i, wrapper[i]);
        }

        start.FileName = TimeProgram;
        long peakKilobytes = 0;
        var result = Run((start, temporary), () => peakKilobytes = long.Parse(File.ReadAllText(report).Trim(), System.Globalization.CultureInfo.InvariantCulture));
        return (result, peakKilobytes * 1024);
    }

    /// <summary>GNU time, which reports a child's peak memory (Debian package <c>time</c>).</summary>
    public const string TimeProgram = "/usr/bin/time";

    private static Result Run((ProcessStartInfo Start, DirectoryInfo Temporary) run, Action? beforeCleanUp = null)
    {
        var (start, temporary) = run;
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish");
            }

            beforeCleanUp?.Invoke();
            return new Result(process.ExitCode, output, error.Result);
        }
        finally
        {
            temporary.Delete(recursive: true);
        }
    }

    /// <summary>Starts kompass and returns at once, so that the test can watch its progress and kill it.</summary>
    public static RunningKompass Start(params string[] args) => StartWithEnvironment(new Dictionary<string, string>(), args);

    /// <summary>Starts kompass with <paramref name="environment"/> added to this process's environment (see <see cref="Start"/>).</summary>
    public static RunningKompass StartWithEnvironment(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var (start, temporary) = StartInfo(args, environment);
        try
        {
            return new RunningKompass(start, temporary);
        }
        catch
        {
            temporary.Delete(recursive: true);
            throw;
        }
    }

    private static (ProcessStartInfo Start, DirectoryInfo Temporary) StartInfo(string[] args, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        var temporary = Directory.CreateTempSubdirectory("kompass-process-");
        start.Environment["TMPDIR"] = temporary.FullName;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kompass.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return (start, temporary);
    }

    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
    }
}
