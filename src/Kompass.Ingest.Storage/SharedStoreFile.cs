using Kompass.Ingest.Domain.Guards;
using LiteDB;
using Polly;
using Polly.Retry;

namespace Kompass.Ingest.Storage;

/// <summary>
/// A store file shared by several processes: each <see cref="Use{T}"/> opens it, does its work and
/// closes it again, so that the lock beside it (<c>FILE.lock</c>) is held only for that moment.
/// We chose this over LiteDB's own shared mode, which reopens the file for every single
/// operation and so makes one document's write dozens of opens; here one open covers a whole
/// transaction or batch. Who finds the file held waits with backoff (Polly), up to
/// <see cref="Wait"/>, and only then gets the one-line "in use" error. An open of a file that is
/// still as this instance's last use left it skips making it ready again (see <see cref="StoreFileMemory"/>).
/// </summary>
public sealed class SharedStoreFile : ISharedStore
{
    private readonly string _path;
    private readonly BsonMapper _mapper;
    private readonly StoreAccess _access;
    private readonly ResiliencePipeline _busyRetry;
    private readonly TimeProvider _time;

    // The file as this instance's last use left it, so that an open of an unchanged file skips making it ready.
    private readonly StoreFileMemory _memory = new();

    /// <summary>
    /// A shared store at <paramref name="path"/>. <paramref name="wait"/> is how long one use waits
    /// for another process to let go of the file before it fails.
    /// </summary>
    public SharedStoreFile(string path, BsonMapper mapper, StoreAccess access, TimeSpan wait, TimeProvider? time = null)
    {
        _path = Guard.NotNull(path);
        _mapper = Guard.NotNull(mapper);
        _access = access;
        Guard.That(wait >= TimeSpan.Zero, "the wait for a busy store cannot be negative");
        Wait = wait;
        _time = time ?? TimeProvider.System;
        _busyRetry = BusyRetry(wait, _time);
    }

    /// <summary>How long one use waits for the file before it fails with the "in use" error.</summary>
    public TimeSpan Wait { get; }

    /// <summary>The default wait of the command line: longer than any one use by another kompass process.</summary>
    public static TimeSpan DefaultWait { get; } = TimeSpan.FromSeconds(60);

    /// <inheritdoc />
    public T Use<T>(Func<IDocumentStore, T> work)
    {
        Guard.NotNull(work);
        using var store = Open();
        return work(store);
    }

    /// <summary>Opens the store, waiting for its turn; the caller disposes it (and so lets the others in).</summary>
    public IDocumentStore Open()
    {
        var context = ResilienceContextPool.Shared.Get();
        context.Properties.Set(FirstTry, _time.GetTimestamp());
        try
        {
            return _busyRetry.Execute(static (_, state) => StoreFile.Open(state._path, state._mapper, state._access, state._memory), context, this);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    // When this open first tried, so that the whole wait, not each attempt, is bounded.
    private static readonly ResiliencePropertyKey<long> FirstTry = new("kompass.store.firstTry");

    // Short first waits (another process's use is usually a few milliseconds), growing to a second
    // so that a long export does not make us hammer the lock; jitter keeps two waiters apart.
    // Nothing but "busy" is retried: a damaged or foreign file stays an immediate error.
    private static ResiliencePipeline BusyRetry(TimeSpan wait, TimeProvider time)
    {
        if (wait == TimeSpan.Zero)
        {
            return ResiliencePipeline.Empty;
        }

        var options = new RetryStrategyOptions
        {
            ShouldHandle = args => ValueTask.FromResult(
                args.Outcome.Exception is StoreBusyException
                && time.GetElapsedTime(args.Context.Properties.GetValue(FirstTry, 0)) < wait),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(20),
            MaxDelay = TimeSpan.FromSeconds(1),
            MaxRetryAttempts = int.MaxValue,
        };
        return new ResiliencePipelineBuilder { TimeProvider = time }.AddRetry(options).Build();
    }
}
