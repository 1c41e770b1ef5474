using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Storage;
using Kompass.Ingest.Web.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Kompass.Ingest.Web.Store;

/// <summary>
/// Runs each request's work on the store as one short unit: opens the store, does the work,
/// closes it. The store is never held between requests, so that <c>kompass ingest</c> can take it
/// in between; a store held by another process is answered 503 with the store's one-line message.
/// Requests of this server take turns (the store's lock file admits one opener even within one
/// process), so the browser's parallel requests wait for each other rather than fail.
/// Thread-safe.
/// </summary>
public sealed class StoreGate(ReviewScopeFactory open, ILogger<StoreGate> logger) : IDisposable
{
    private readonly ReviewScopeFactory _open = Guard.NotNull(open);
    private readonly ILogger<StoreGate> _logger = Guard.NotNull(logger);
    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>
    /// Runs <paramref name="work"/> on a freshly opened store. A <see cref="UserActionableException"/>
    /// from the work (a reviewer's mistake) is answered 400 with its message; nothing was stored then.
    /// </summary>
    public Task<IResult> Run(StoreAccess access, Func<ReviewScope, IResult> work, CancellationToken cancellationToken)
        => Run(access, work, result => result, cancellationToken);

    /// <summary>
    /// Runs <paramref name="read"/> on a freshly opened store, closes the store, then runs
    /// <paramref name="then"/> on what it read: for slow work that needs no store (reading a PDF).
    /// </summary>
    public async Task<IResult> Run<T>(StoreAccess access, Func<ReviewScope, T> read, Func<T, IResult> then, CancellationToken cancellationToken)
    {
        Guard.NotNull(read);
        Guard.NotNull(then);
        T value;
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ReviewScope scope;
            try
            {
                scope = _open(access);
            }
            catch (UserActionableException e)
            {
                Log.StoreUnavailable(_logger, e.Message);
                return ApiResults.Unavailable(e.Message);
            }

            // Opened and used on this one thread, with no await in between: LiteDB's transactions belong to a thread.
            using (scope)
            {
                try
                {
                    value = read(scope);
                }
                catch (UserActionableException e)
                {
                    return ApiResults.Refused(e.Message);
                }
            }
        }
        finally
        {
            _turn.Release();
        }

        return then(value);
    }

    /// <inheritdoc />
    public void Dispose() => _turn.Dispose();
}
