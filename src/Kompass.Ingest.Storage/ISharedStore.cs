namespace Kompass.Ingest.Storage;

/// <summary>
/// The store as several processes share it: the review server, a worker and the command line use
/// one store file at the same time. Each use has the store to itself for one short piece of work
/// (a request, a batch of document writes, a correction); who finds it in use waits for its turn.
/// Keep the work inside a use short: reading PDFs happens outside it.
/// </summary>
public interface ISharedStore
{
    /// <summary>Runs <paramref name="work"/> with the store to itself and returns its result.</summary>
    T Use<T>(Func<IDocumentStore, T> work);
}

/// <summary>Conveniences over <see cref="ISharedStore"/>.</summary>
public static class SharedStoreExtensions
{
    /// <summary>Runs <paramref name="work"/> with the store to itself.</summary>
    public static void Use(this ISharedStore store, Action<IDocumentStore> work)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(work);
        store.Use(s =>
        {
            work(s);
            return true;
        });
    }
}
