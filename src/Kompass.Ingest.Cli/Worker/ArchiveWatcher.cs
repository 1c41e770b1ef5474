using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Cli.Worker;

/// <summary>
/// Watches the archive's folder tree (<see cref="FileSystemWatcher"/> with subfolders) and records
/// every created, written or renamed file in <see cref="PendingChanges"/>; a folder that appears
/// records the files already in it (they may have come before the folder was watched). A buffer
/// overflow or an error of the watcher asks for a full pass, and <see cref="Restart"/> starts
/// watching again. The store's own files are ignored, in case the store lives in the archive.
/// A watch the system refuses (on Linux, too many inotify watches) is a <see cref="UserActionableException"/>.
/// </summary>
public sealed class ArchiveWatcher : IDisposable
{
    private readonly string _archive;
    private readonly string _store;
    private readonly PendingChanges _changes;
    private FileSystemWatcher _watcher;

    /// <summary>Starts watching <paramref name="archive"/>; <paramref name="store"/> is the store file, whose changes are not the archive's.</summary>
    public ArchiveWatcher(string archive, string store, PendingChanges changes)
    {
        _archive = Path.GetFullPath(Guard.NotNull(archive));
        _store = Path.GetFullPath(Guard.NotNull(store));
        _changes = Guard.NotNull(changes);
        _watcher = Create();
    }

    /// <summary>Watches anew after an error (a failed watcher may send nothing more).</summary>
    public void Restart()
    {
        _watcher.Dispose();
        _watcher = Create();
    }

    /// <inheritdoc />
    public void Dispose() => _watcher.Dispose();

    private FileSystemWatcher Create()
    {
        var watcher = new FileSystemWatcher(_archive)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            // The largest buffer allowed: an overflow costs a full pass.
            InternalBufferSize = 64 * 1024,
        };
        watcher.Created += (_, e) => Changed(e.FullPath);
        watcher.Changed += (_, e) => Changed(e.FullPath);
        watcher.Renamed += (_, e) => Changed(e.FullPath);
        watcher.Error += (_, e) => _changes.FullPassNeeded(e.GetException() is InternalBufferOverflowException
            ? "the watcher's buffer overflowed, events were lost"
            : $"the watcher failed ({e.GetException().Message.ReplaceLineEndings(" ").Trim()})");
        try
        {
            watcher.EnableRaisingEvents = true;
        }
        catch (IOException e)
        {
            // On Linux: the limit of inotify instances or watches (fs.inotify.max_user_*) is reached.
            watcher.Dispose();
            throw new UserActionableException($"cannot watch '{_archive}': {e.Message.ReplaceLineEndings(" ").Trim()}", e);
        }

        return watcher;
    }

    private void Changed(string path)
    {
        if (path.StartsWith(_store, StringComparison.Ordinal) || path.StartsWith(JournalPrefix(), StringComparison.Ordinal))
        {
            return;
        }

        if (Directory.Exists(path))
        {
            // A folder moved or copied in: its files may predate the watch on it.
            try
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
                {
                    _changes.FileChanged(file);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _changes.FullPassNeeded($"a new folder could not be listed ({e.Message.ReplaceLineEndings(" ").Trim()})");
            }

            return;
        }

        _changes.FileChanged(path);
    }

    // LiteDB's journal beside the store: NAME-log.EXT.
    private string JournalPrefix()
        => Path.Combine(Path.GetDirectoryName(_store)!, Path.GetFileNameWithoutExtension(_store) + "-log");
}
