using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Pipeline.Review;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Web.Store;

/// <summary>
/// One short unit of work on the store: the store, open, and the reviewers' service and the
/// analysts' queries over it.
/// Disposing closes the store and releases its lock file, so that <c>kompass ingest</c> can run
/// between two requests. Not thread-safe: one request uses it, on one thread.
/// </summary>
public sealed class ReviewScope : IDisposable
{
    private readonly IDocumentStore _store;

    /// <summary>Wraps an open store and the services over it; the scope owns the store and disposes it.</summary>
    public ReviewScope(IDocumentStore store, ReviewService review, AnalysisServices analysis)
    {
        _store = Guard.NotNull(store);
        Review = Guard.NotNull(review);
        Analysis = Guard.NotNull(analysis);
    }

    /// <summary>The store's read side (documents, runs), for what the service does not show, such as where a PDF lies.</summary>
    public IDocumentReader Store => _store;

    /// <summary>The reviewers' service over the open store.</summary>
    public ReviewService Review { get; }

    /// <summary>The analysts' queries (trends, area overviews, search) over the open store.</summary>
    public AnalysisServices Analysis { get; }

    /// <inheritdoc />
    public void Dispose() => _store.Dispose();
}
