using System.Text;
using Kompass.Ingest.Domain.Guards;
using LiteDB;

namespace Kompass.Ingest.Storage;

/// <summary>
/// Opens a store file and turns everything that can be wrong with it into one line a person can
/// act on. Two checks happen before LiteDB sees the file: that it is a LiteDB file (LiteDB would
/// otherwise take any short file for an empty database and overwrite it), and an exclusive lock
/// on a sidecar <c>FILE.lock</c> (LiteDB's own file sharing does not exclude a second writer on
/// Linux, where two writers would corrupt the file).
/// </summary>
internal static class StoreFile
{
    // LiteDB 5 writes this text at byte 32 of every data file's header page.
    private static readonly byte[] HeaderMark = Encoding.ASCII.GetBytes("** This is a LiteDB file **");
    private const int HeaderMarkOffset = 32;

    /// <summary>
    /// Opens the store. With a <paramref name="memory"/> of this process's earlier uses, a file
    /// still as the last use left it is opened without making it ready again (see
    /// <see cref="StoreFileMemory"/>), and the file is remembered as this use leaves it.
    /// </summary>
    public static LiteDbDocumentStore Open(string path, BsonMapper mapper, StoreAccess access, StoreFileMemory? memory = null)
    {
        Guard.NotNull(path);
        Guard.NotNull(mapper);
        var full = Path.GetFullPath(path);
        CheckPath(path, full, access);
        var fileLock = StoreFileLock.Acquire(path, full);
        LiteDatabase? db = null;
        try
        {
            var asLeft = memory is not null && memory.IsAsLeft(full);

            // Until this use closes the file, it is unknown: an open that fails does not remember it.
            memory?.Forget();
            var connection = new ConnectionString
            {
                Filename = full,
                Connection = ConnectionType.Direct,
                ReadOnly = access == StoreAccess.ReadOnly,

                // For a new file only (an existing one keeps the collation it was made with).
                // Every string the store indexes is a key kompass writes itself (hashes, codes,
                // lower-case terms), so culture and case never matter to a comparison; and a
                // culture's order differs between ICU versions, which would leave an index built
                // on one machine unable to find its own keys on another. Ordinal is also about
                // twice as fast to insert into.
                Collation = Collation.Binary,
            };
            db = new LiteDatabase(connection, mapper);
            IDisposable release = memory is null ? fileLock : new RememberedRelease(memory, full, fileLock);
            var store = new LiteDbDocumentStore(db, release, access == StoreAccess.ReadOnly, ready: asLeft);

            // Touch every collection's first page so that a damaged file fails here, as a user
            // error, rather than half way through a run; a file as our last use left it was read then.
            if (!asLeft)
            {
                foreach (var name in db.GetCollectionNames().ToList())
                {
                    db.GetCollection(name).FindOne(Query.All());
                }
            }

            return store;
        }
        catch (IOException e)
        {
            db?.Dispose();
            fileLock.Dispose();
            throw new UserActionableException($"cannot open store '{path}': it is in use by another program or cannot be read ({OneLine(e)})", e);
        }
#pragma warning disable CA1031 // LiteDB reports a damaged file through many exception types; each is the same fact for the user.
        catch (Exception e) when (e is not UserActionableException and not KompassBugException and not OutOfMemoryException)
#pragma warning restore CA1031
        {
            db?.Dispose();
            fileLock.Dispose();
            throw new UserActionableException($"cannot open store '{path}': the file is damaged ({OneLine(e)}); restore a backup or ingest into a new --db file", e);
        }
        catch
        {
            db?.Dispose();
            fileLock.Dispose();
            throw;
        }
    }

    private static void CheckPath(string path, string full, StoreAccess access)
    {
        if (Directory.Exists(full))
        {
            throw new UserActionableException($"store '{path}' is a folder; give a file name, e.g. --db kompass.db");
        }

        if (!Directory.Exists(Path.GetDirectoryName(full)))
        {
            throw new UserActionableException($"the folder of store '{path}' does not exist; create it or choose another --db path");
        }

        if (!File.Exists(full))
        {
            if (access == StoreAccess.ReadOnly)
            {
                throw new UserActionableException($"store '{path}' does not exist; create it with: kompass ingest ARCHIVE --db {path}");
            }

            // LiteDB replays a journal it finds beside a new file; one left by a deleted store
            // would bring that store's last transactions into the new one.
            var journal = JournalOf(full);
            if (File.Exists(journal) && new FileInfo(journal).Length > 0)
            {
                throw new UserActionableException(
                    $"'{journal}' is the journal of a store that no longer exists beside it; delete it, or restore the store file, and run again");
            }

            return;
        }

        if (!HasLiteDbHeader(full))
        {
            throw new UserActionableException($"'{path}' is not a kompass store (not a LiteDB file); choose another --db path");
        }
    }

    /// <summary>Where LiteDB keeps a store's journal (write-ahead log): <c>NAME-log.EXT</c> beside it.</summary>
    internal static string JournalOf(string full)
        => Path.Combine(Path.GetDirectoryName(full)!, $"{Path.GetFileNameWithoutExtension(full)}-log{Path.GetExtension(full)}");

    private static bool HasLiteDbHeader(string full)
    {
        try
        {
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            if (stream.Length == 0)
            {
                // An empty file (e.g. made by mktemp) holds nothing to lose: LiteDB initialises it.
                return true;
            }

            var head = new byte[HeaderMarkOffset + HeaderMark.Length];
            return stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length
                   && head.AsSpan(HeaderMarkOffset).SequenceEqual(HeaderMark);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserActionableException($"cannot read store '{full}': {OneLine(e)}", e);
        }
    }

    internal static string OneLine(Exception e)
        => e.Message.ReplaceLineEndings(" ").Trim();

    // Disposed after the database closed: remembers the file as the use left it, then lets go of the lock.
    private sealed class RememberedRelease(StoreFileMemory memory, string full, IDisposable fileLock) : IDisposable
    {
        public void Dispose()
        {
            try
            {
                memory.Remember(full);
            }
            finally
            {
                fileLock.Dispose();
            }
        }
    }
}
