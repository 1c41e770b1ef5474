namespace Kompass.Ingest.Storage;

/// <summary>
/// How a store file looked when this process's last use of it closed it: its length and last
/// write time, and its journal's. A shared store opens its file for every batch, and every open
/// made it ready as if another program might have changed it since: a read of the index list to
/// find missing indexes, two checks for an older layout to move, and a read of every collection's
/// first document to fail early on damage (a whole extraction among them). On a store of the
/// sample archive that made an open cost 7-15 ms and 1.9 MB; skipped, 0.3-0.4 ms and 0.17 MB.
/// When the file is still exactly as this process left it, with its lock held throughout in
/// between, the last use had done all that already, so the next one skips it.
/// </summary>
/// <remarks>
/// The file system keeps write times to a clock tick of a few milliseconds, so another process
/// could in principle write the file within the tick our close ended in and leave its length as
/// it was. What is then skipped is harmless to skip: that process is a kompass too, which made
/// its own open ready; and damage is still reported by LiteDB at the first read it meets.
/// </remarks>
internal sealed class StoreFileMemory
{
    private readonly Lock _gate = new();
    private Stamp? _leftAs;

    /// <summary>True when the file at <paramref name="fullPath"/> is as this process's last use left it.</summary>
    public bool IsAsLeft(string fullPath)
    {
        lock (_gate)
        {
            return _leftAs is { } left && left == Stamp.Of(fullPath);
        }
    }

    /// <summary>Remembers the file as it is now; call it after the store closed and before its lock is let go.</summary>
    public void Remember(string fullPath)
    {
        lock (_gate)
        {
            _leftAs = Stamp.Of(fullPath);
        }
    }

    /// <summary>Forgets the file's state: the next open makes it ready in full.</summary>
    public void Forget()
    {
        lock (_gate)
        {
            _leftAs = null;
        }
    }

    // A missing file reads as length -1, so a journal that appears (a write cut short) counts as a change.
    private readonly record struct Stamp(long Length, DateTime LastWrite, long JournalLength, DateTime JournalLastWrite)
    {
        public static Stamp Of(string fullPath)
        {
            var file = new FileInfo(fullPath);
            var journal = new FileInfo(StoreFile.JournalOf(fullPath));
            return new Stamp(
                file.Exists ? file.Length : -1,
                file.LastWriteTimeUtc,
                journal.Exists ? journal.Length : -1,
                journal.LastWriteTimeUtc);
        }
    }
}
