using Polly;
using Polly.Retry;

namespace Kompass.Ingest.Pipeline;

/// <summary>
/// Retries, with backoff, reading an archive file that failed for a reason that passes: a file
/// briefly locked, a network share that dropped for a moment (EIO, ESTALE). A file that is gone,
/// unreadable by permission, or simply broken fails at once: waiting would not change it.
/// </summary>
internal static class TransientIo
{
    /// <summary>The retry: three more tries over about a second and a half.</summary>
    public static ResiliencePipeline Retry { get; } = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<IOException>(IsTransient),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(200),
            MaxRetryAttempts = 3,
        })
        .Build();

    /// <summary>True for an IO failure that may pass by itself.</summary>
    public static bool IsTransient(IOException e)
        => e is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException or EndOfStreamException or DriveNotFoundException);
}
