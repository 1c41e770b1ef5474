using System.Runtime.ExceptionServices;

namespace Kompass.Ingest.Cli.Worker;

/// <summary>
/// How the worker's loop ended, handed from the hosted service back to the command: a failure is
/// kept here (not thrown into the host, which would log it with its stack trace) and rethrown
/// by the command, so that the process edge turns it into its exit code like any verb's.
/// </summary>
public sealed class WorkerOutcome
{
    private ExceptionDispatchInfo? _failure;

    /// <summary>Records the failure that ended the loop.</summary>
    public void Fail(Exception e) => _failure = ExceptionDispatchInfo.Capture(e);

    /// <summary>Rethrows the recorded failure, if any.</summary>
    public void ThrowIfFailed() => _failure?.Throw();
}
