using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Cli.Worker;

/// <summary>
/// The file events the watcher reported and the worker has not yet ingested, and the debounce
/// over them: <see cref="SettleAsync"/> returns once no event has come for the settle time
/// <em>and</em> every changed file kept its length and last-write time over the settle time, so
/// that a file still being copied is not read half way. Thread-safe: the watcher records from
/// its own threads while the worker waits.
/// </summary>
public sealed class PendingChanges : IDisposable
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly Dictionary<string, FileState> _files = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _arrived = new(0);
    private long _lastEventAt;
    private string? _fullPassReason;

    /// <summary>Empty; <paramref name="time"/> measures the settle time.</summary>
    public PendingChanges(TimeProvider time) => _time = Guard.NotNull(time);

    /// <summary>A file was created, written or renamed to <paramref name="path"/>.</summary>
    public void FileChanged(string path)
    {
        var state = FileState.Of(path);
        lock (_gate)
        {
            _files[path] = state;
            _lastEventAt = _time.GetTimestamp();
        }

        _arrived.Release();
    }

    /// <summary>
    /// Events may have been lost (the watcher's buffer overflowed, or it failed): a full pass is
    /// needed; <paramref name="reason"/> says why.
    /// </summary>
    public void FullPassNeeded(string reason)
    {
        lock (_gate)
        {
            _fullPassReason ??= reason;
            _lastEventAt = _time.GetTimestamp();
        }

        _arrived.Release();
    }

    /// <summary>Waits up to <paramref name="timeout"/> for an event; true when one came.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
        => _arrived.WaitAsync(timeout, cancellationToken);

    /// <summary>
    /// Waits until the changes have settled (see the class), then takes them: the pending set is
    /// empty afterwards and events that come later start a new batch.
    /// </summary>
    public async Task<SettledChanges> SettleAsync(TimeSpan settle, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan quiet;
            Dictionary<string, FileState> seen;
            lock (_gate)
            {
                quiet = _time.GetElapsedTime(_lastEventAt);
                seen = new Dictionary<string, FileState>(_files, StringComparer.Ordinal);
            }

            if (quiet < settle)
            {
                await Task.Delay(settle - quiet, _time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            // Looked at outside the lock: on a slow share this can take a while, and the watcher
            // must not wait for it.
            var moved = seen.Select(f => (Path: f.Key, Now: FileState.Of(f.Key))).Where(f => f.Now != seen[f.Path]).ToList();
            lock (_gate)
            {
                if (moved.Count > 0)
                {
                    // Still being written without events (a share that sends none): watch again.
                    foreach (var (path, now) in moved)
                    {
                        _files[path] = now;
                    }

                    _lastEventAt = _time.GetTimestamp();
                    continue;
                }

                if (_time.GetElapsedTime(_lastEventAt) < settle)
                {
                    continue;
                }

                var settled = new SettledChanges(_files.Count, _fullPassReason);
                _files.Clear();
                _fullPassReason = null;
                while (_arrived.Wait(0))
                {
                }

                return settled;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _arrived.Dispose();
}
