using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Pipeline;

/// <summary>
/// Turns in the archive's order for the workers of one run: file k's turn comes once every file
/// before it has passed, whether after its own turn or without taking one. The workers hash files
/// in parallel and finish in any order; only the short step that decides which path of a content
/// comes first is taken in turn, so that copies of one content found by one run are recorded in
/// the archive's order whichever worker hashed its copy first. Thread-safe.
/// </summary>
internal sealed class ArchiveTurns
{
    private readonly Lock _lock = new();

    // Files passed while an earlier one had not: the next turn skips over them.
    private readonly HashSet<int> _passedEarly = [];
    private readonly Dictionary<int, TaskCompletionSource> _waiting = [];

    // The first file that has not passed: whose turn it is.
    private int _next;

    /// <summary>Completes when every file before <paramref name="index"/> (in the scan's order) has passed.</summary>
    public Task WaitAsync(int index, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            Guard.That(index >= _next && !_passedEarly.Contains(index), "a file waits for a turn it has already passed");
            if (index == _next)
            {
                return Task.CompletedTask;
            }

            var turn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add(index, turn);
            return turn.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Marks <paramref name="index"/> passed (once, and in any case: a file that waits for nothing passes too).</summary>
    public void Pass(int index)
    {
        TaskCompletionSource? turn;
        lock (_lock)
        {
            _passedEarly.Add(index);
            while (_passedEarly.Remove(_next))
            {
                _next++;
            }

            _waiting.Remove(_next, out turn);
        }

        turn?.SetResult();
    }
}
