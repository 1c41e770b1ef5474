using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Storage;
using Polly;
using Polly.Retry;

namespace Kompass.Ingest.Cli.Worker;

/// <summary>
/// The worker's retry around its pass: a store held by another process (<c>kompass ingest</c>,
/// <c>correct</c>, a request of <c>kompass serve</c>) is waited for, with a backoff from one
/// second doubling to half a minute, for as long as it takes. Nothing else is retried: any other
/// failure ends the worker.
/// </summary>
public static class WorkerResilience
{
    /// <summary>The first wait after the store was found busy.</summary>
    public static readonly TimeSpan FirstBusyDelay = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two tries.</summary>
    public static readonly TimeSpan LongestBusyDelay = TimeSpan.FromSeconds(30);

    /// <summary>The "store busy" pipeline; <paramref name="onRetry"/> is told the error and the wait before the next try.</summary>
    public static ResiliencePipeline StoreBusy(TimeProvider time, Action<Exception, TimeSpan> onRetry)
    {
        Guard.NotNull(onRetry);
        return new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                Name = "store-busy",
                ShouldHandle = new PredicateBuilder().Handle<StoreBusyException>(),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                Delay = FirstBusyDelay,
                MaxDelay = LongestBusyDelay,
                UseJitter = true,
                OnRetry = args =>
                {
                    onRetry(args.Outcome.Exception!, args.RetryDelay);
                    return default;
                },
            })
            .Build();
    }
}
