using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Pipeline.Review;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Web.Store;

/// <summary>
/// One short unit of work on the store: the store, open, and the reviewers' service over it.
/// Disposing closes the store and releases its lock file, so that <c>kompass ingest</c> can run
/// between two requests. Not thread-safe: one request uses it, on one thread.
/// </summary>
public sealed class ReviewScope : IDisposable
{
    private readonly IDocumentStore _store;

    /// <summary>Wraps an open store and the service over it; the scope owns the store and disposes it.</summary>
    public ReviewScope(IDocumentStore store, ReviewService review)
    {
        _store = Guard.NotNull(store);
        Review = Guard.NotNull(review);
    }

    /// <summary>The store's read side (documents, runs), for what the service does not show, such as where a PDF lies.</summary>
    public IDocumentReader Store => _store;

    /// <summary>The reviewers' service over the open store.</summary>
    public ReviewService Review { get; }

    /// <inheritdoc />
    public void Dispose() => _store.Dispose();
}
