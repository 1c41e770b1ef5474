using System.Diagnostics;

namespace Kompass.Ingest.Cli.Tests;

/// <summary>
/// A <c>kompass</c> process that is still running (see <see cref="KompassProcess.Start"/>): the test
/// watches its standard error line by line and may kill it hard, as a power cut or an OOM killer
/// would. Disposing kills it if it still runs and removes its temporary folder.
/// </summary>
internal sealed class RunningKompass : IDisposable
{
    private readonly Process _process;
    private readonly DirectoryInfo _temporary;
    private readonly List<string> _errorLines = [];
    private readonly SemaphoreSlim _lineArrived = new(0);

    public RunningKompass(ProcessStartInfo start, DirectoryInfo temporary)
    {
        _temporary = temporary;
        _process = new Process { StartInfo = start };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (_errorLines)
            {
                _errorLines.Add(e.Data);
            }

            _lineArrived.Release();
        };
        _process.OutputDataReceived += (_, _) => { };
        _process.Start();
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    /// <summary>Every standard-error line so far.</summary>
    public IReadOnlyList<string> ErrorLines
    {
        get
        {
            lock (_errorLines)
            {
                return [.. _errorLines];
            }
        }
    }

    /// <summary>Waits until <paramref name="count"/> standard-error lines match; false when the process ended or the time ran out first.</summary>
    public bool WaitForLines(Func<string, bool> match, int count, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (ErrorLines.Count(match) >= count)
            {
                return true;
            }

            if (_process.HasExited)
            {
                // Without a timeout, WaitForExit also waits for the last lines of the readers.
                _process.WaitForExit();
                return ErrorLines.Count(match) >= count;
            }

            if (clock.Elapsed >= timeout)
            {
                return false;
            }

            _lineArrived.Wait(TimeSpan.FromMilliseconds(100));
        }
    }

    /// <summary>Kills the process and its children at once (SIGKILL on Unix: no handler, no clean-up runs) and waits until it is gone.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>Sends SIGINT, as Ctrl+C in a terminal does, and waits up to <paramref name="timeout"/> for the process to end; returns its exit code, or null when it still runs.</summary>
    public int? Interrupt(TimeSpan timeout) => Signal("-INT", timeout);

    /// <summary>Sends SIGTERM, as a service manager or <c>kill</c> does, and waits as <see cref="Interrupt"/> does.</summary>
    public int? Terminate(TimeSpan timeout) => Signal("-TERM", timeout);

    private int? Signal(string signal, TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", [signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        if (!_process.WaitForExit(timeout))
        {
            return null;
        }

        // Without a timeout, WaitForExit also waits for the last lines of the readers.
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Waits for the process to end on its own (up to <paramref name="timeout"/>) and returns its exit code, or null when it still runs.</summary>
    public int? WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            return null;
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Whether the process ended on its own before it was killed.</summary>
    public bool HasExited => _process.HasExited;

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        _lineArrived.Dispose();
        _temporary.Delete(recursive: true);
    }
}
