using System.Collections.Concurrent;

namespace Kompass.Ingest.Pipeline;

/// <summary>
/// A background thread with a large stack that runs the parses handed to it, one at a time, until
/// it is retired; retired while a parse runs, it ends when that parse ends. For <see cref="TimeBox"/>,
/// which hands it one parse at a time.
/// </summary>
internal sealed class ParseThread
{
    // Deeply nested PDF objects make a recursive parser go deep; a stack overflow would end the
    // process, so the parse gets more stack than a pool thread (reserved address space, not memory).
    private const int StackBytes = 64 * 1024 * 1024;

    private readonly BlockingCollection<Action> _work = new(boundedCapacity: 1);

    /// <summary>Starts the thread; it waits for work.</summary>
    public ParseThread()
    {
        new Thread(Loop, StackBytes) { IsBackground = true, Name = "kompass document parse" }.Start();
    }

    /// <summary>Hands it a parse; the parse reports its own result.</summary>
    public void Run(Action parse) => _work.Add(parse);

    /// <summary>Ends the thread once the parse it is running, if any, ends.</summary>
    public void Retire() => _work.CompleteAdding();

    private void Loop()
    {
        foreach (var parse in _work.GetConsumingEnumerable())
        {
            parse();
        }

        _work.Dispose();
    }
}
