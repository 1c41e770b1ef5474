using Microsoft.Extensions.Logging;

namespace Kompass.Ingest.Cli.Worker;

/// <summary>The worker's log lines, one per pass, per stored or refused document, per busy store and at start and stop.</summary>
internal static partial class WorkerLog
{
    [LoggerMessage(1, LogLevel.Information, "watching {Archive} into {Db} (settle {SettleSeconds} s, full pass every {RescanMinutes} min, {Workers} worker(s))")]
    public static partial void Watching(ILogger logger, string archive, string db, double settleSeconds, double rescanMinutes, int workers);

    [LoggerMessage(2, LogLevel.Information, "{Line}")]
    public static partial void Document(ILogger logger, string line);

    [LoggerMessage(3, LogLevel.Information, "pass {Pass} ({Reason}): {Seen} documents, {Added} added, {Reextracted} re-extracted, {Known} known, {Refused} refused in {Seconds:0.0} s{Cancelled}")]
    public static partial void Pass(ILogger logger, int pass, string reason, int seen, int added, int reextracted, int known, int refused, double seconds, string cancelled);

    [LoggerMessage(4, LogLevel.Warning, "the store is busy ({Message}); pass {Pass} again in {Seconds:0.0} s")]
    public static partial void StoreBusy(ILogger logger, string message, int pass, double seconds);

    [LoggerMessage(5, LogLevel.Information, "stopped after {Passes} pass(es): {Added} added, {Reextracted} re-extracted, {Refused} refused")]
    public static partial void Stopped(ILogger logger, int passes, int added, int reextracted, int refused);

    [LoggerMessage(6, LogLevel.Warning, "{Reason}: a full pass follows")]
    public static partial void EventsLost(ILogger logger, string reason);
}
