using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Kompass.Ingest.Ocr;

/// <summary>
/// Runs a command-line tool to completion within a time limit and returns its standard output. A
/// tool that is missing, exits non-zero or outlasts the limit is an <see cref="OcrEngineException"/>
/// with a one-line reason; a timed-out tool is killed with its children. Thread-safe.
/// </summary>
internal static class ExternalTool
{
    /// <summary>
    /// Runs <paramref name="executable"/> with <paramref name="arguments"/>; <paramref name="environment"/>
    /// adds variables. Cancellation kills the tool and throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public static string Run(
        string executable,
        IReadOnlyList<string> arguments,
        TimeSpan timeout,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new OcrEngineException($"{executable} could not be started ({e.Message})", e);
        }

        // Both streams are read at once so that a chatty tool never blocks on a full pipe.
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            process.WaitForExitAsync(limit.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            cancellationToken.ThrowIfCancellationRequested();
            throw new OcrEngineException(string.Create(CultureInfo.InvariantCulture, $"{executable} did not finish within {timeout.TotalSeconds:0.#} s"));
        }

        var text = output.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
        {
            var reason = FirstLine(error.GetAwaiter().GetResult());
            throw new OcrEngineException(string.Create(CultureInfo.InvariantCulture, $"{executable} exited with code {process.ExitCode}{(reason is null ? string.Empty : ": " + reason)}"));
        }

        return text;
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5_000);
        }
        catch (InvalidOperationException)
        {
            // It ended on its own in the meantime.
        }
    }

    private static string? FirstLine(string text)
        => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
}
