using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Storage;

/// <summary>
/// A store the caller has opened and holds for as long as it likes (a test's in-memory store,
/// <c>eval</c>'s private file), handed to every use as it is. The caller disposes it.
/// </summary>
public sealed class HeldStore(IDocumentStore store) : ISharedStore
{
    private readonly IDocumentStore _store = Guard.NotNull(store);

    /// <inheritdoc />
    public T Use<T>(Func<IDocumentStore, T> work) => Guard.NotNull(work)(_store);
}
