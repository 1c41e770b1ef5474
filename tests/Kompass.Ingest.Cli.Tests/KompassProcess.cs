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
    {
        var (start, temporary) = StartInfo(args, environment);
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"kompass {string.Join(' ', args)} did not finish");
            }

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
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kompass.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return (start, temporary);
    }

    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
    }
}
