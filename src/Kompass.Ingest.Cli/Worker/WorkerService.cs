using Kompass.Ingest.Pipeline;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kompass.Ingest.Cli.Worker;

/// <summary>
/// The worker's loop: a pass over the archive at start, then one after every settled batch of
/// file events (see <see cref="PendingChanges"/>) and one every rescan interval without events.
/// The watcher starts before the first pass, so that nothing copied during it is missed. The
/// host's stopping token reaches the runner, which stops between documents; the last line logged
/// sums up the passes. A failure other than a busy store ends the host and is handed to the
/// command through <see cref="WorkerOutcome"/>.
/// </summary>
internal sealed class WorkerService(
    IOptions<WorkerOptions> options,
    TimeProvider time,
    WorkerOutcome outcome,
    IHostApplicationLifetime lifetime,
    ILogger<WorkerService> logger) : BackgroundService
{
    private readonly WorkerOptions _options = options.Value;
    private int _passes;
    private int _added;
    private int _reextracted;
    private int _refused;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var archive = Path.GetFullPath(_options.Archive);
        var db = Path.GetFullPath(_options.Db);
        try
        {
            using var changes = new PendingChanges(time);
            using var watcher = new ArchiveWatcher(archive, db, changes);
            var busy = WorkerResilience.StoreBusy(time, (e, wait) => WorkerLog.StoreBusy(logger, e.Message, _passes + 1, wait.TotalSeconds));
            await PassAsync(busy, archive, db, "start", stoppingToken).ConfigureAwait(false);
            WorkerLog.Watching(logger, _options.Archive, _options.Db, _options.SettleSeconds, _options.RescanMinutes, _options.Workers);
            var nextRescan = time.GetUtcNow() + _options.RescanInterval;
            while (true)
            {
                var wait = nextRescan - time.GetUtcNow();
                string reason;
                if (await changes.WaitAsync(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, stoppingToken).ConfigureAwait(false))
                {
                    var settled = await changes.SettleAsync(_options.Settle, stoppingToken).ConfigureAwait(false);
                    if (settled.FullPassReason is { } lost)
                    {
                        WorkerLog.EventsLost(logger, lost);
                        watcher.Restart();
                    }
                    else if (settled.Files == 0)
                    {
                        // A late wake-up for events the previous batch already took.
                        continue;
                    }

                    reason = settled.Describe();
                }
                else
                {
                    reason = "rescan";
                }

                await PassAsync(busy, archive, db, reason, stoppingToken).ConfigureAwait(false);
                nextRescan = time.GetUtcNow() + _options.RescanInterval;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped with Ctrl+C or SIGTERM: the normal end of a worker.
        }
#pragma warning disable CA1031 // Handed to the command, which turns it into the exit code as for every verb.
        catch (Exception e)
#pragma warning restore CA1031
        {
            outcome.Fail(e);
            lifetime.StopApplication();
        }

        WorkerLog.Stopped(logger, _passes, _added, _reextracted, _refused);
    }

    private async Task PassAsync(Polly.ResiliencePipeline busy, string archive, string db, string reason, CancellationToken stoppingToken)
    {
        var progress = new SynchronousProgress<IngestProgress>(p =>
        {
            if (p.Outcome != IngestOutcome.AlreadyKnown)
            {
                WorkerLog.Document(logger, IngestSummaryText.ProgressLine(p));
            }
        });

        // On the thread pool: the runner is synchronous, and the host's threads must stay free.
        var summary = await Task.Run(
            () => busy.Execute(token => WorkerIngest.RunPass(archive, db, _options.Workers, time, progress, token), stoppingToken),
            stoppingToken).ConfigureAwait(false);
        _passes++;
        _added += summary.Added;
        _reextracted += summary.Reextracted;
        _refused += summary.Refused.Count;
        WorkerLog.Pass(
            logger, _passes, reason, summary.Seen, summary.Added, summary.Reextracted, summary.AlreadyKnown, summary.Refused.Count,
            summary.Elapsed.TotalSeconds, summary.Cancelled ? "; stopped before the end, the next start continues" : string.Empty);
        stoppingToken.ThrowIfCancellationRequested();
    }
}
