using System.Diagnostics;

namespace Kompass.Ingest.Cli.Tests;

/// <summary>
/// Runs the built <c>kompass</c> program as a separate process, as a script would. Each run gets a
/// temporary folder of its own (TMPDIR), so that tests which count what kompass leaves in the
/// temporary folder are not confused by a run of another test at the same time.
/// </summary>
internal static class KompassProcess
{
    public static Result Run(params string[] args) => RunWith(new Dictionary<string, string>(), args);

    /// <summary>Runs kompass with these environment variables set besides the inherited ones.</summary>
    public static Result RunWith(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var (start, temporary) = StartInfo(args);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

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
    public static RunningKompass Start(params string[] args)
    {
        var (start, temporary) = StartInfo(args);
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

    private static (ProcessStartInfo Start, DirectoryInfo Temporary) StartInfo(string[] args)
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

        return (start, temporary);
    }

    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
    }
}
