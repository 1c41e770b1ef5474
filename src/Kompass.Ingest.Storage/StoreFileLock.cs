using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Storage;

/// <summary>
/// An exclusive lock on <c>FILE.lock</c> beside the store, held while the store is open, so that
/// a second kompass process (a worker, the review server, a manual ingest) waits for its turn
/// (<see cref="StoreBusyException"/>) instead of writing into it at the same time. The lock file
/// is removed when the store closes.
/// </summary>
internal sealed class StoreFileLock : IDisposable
{
    private readonly FileStream _stream;

    private StoreFileLock(FileStream stream) => _stream = stream;

    public static StoreFileLock Acquire(string path, string fullPath)
    {
        try
        {
            // FileShare.None is an exclusive flock on Unix and a share-mode lock on Windows; both
            // are released by the operating system when the process dies, so no stale lock stays.
            var stream = new FileStream(
                fullPath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            return new StoreFileLock(stream);
        }
        catch (IOException e)
        {
            throw new StoreBusyException(
                $"store '{path}' is in use by another kompass process (it holds '{path}.lock'); wait for it to finish and run again", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UserActionableException($"cannot write beside store '{path}' ({StoreFile.OneLine(e)}); choose a folder you can write to", e);
        }
    }

    public void Dispose() => _stream.Dispose();
}
