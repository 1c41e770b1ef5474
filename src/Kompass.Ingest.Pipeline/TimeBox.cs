using System.Collections.Concurrent;

namespace Kompass.Ingest.Pipeline;

/// <summary>
/// Runs one document's parse where it can be abandoned: on a thread of its own, waited for at most
/// a given time. .NET cannot stop a thread, and PdfPig takes no cancellation token, so a parse
/// that spins inside one page cannot be interrupted; on time-out we cancel its token (our reader
/// stops at the next page), stop waiting and go on with the next document. The abandoned thread is
/// a background thread: it never keeps the process alive, and touches nothing shared (its
/// document's bytes and its own result), so the rest of the run is unharmed; it costs at most one
/// core until it ends, and then it ends.
/// <para>
/// A parse thread that finished in time waits for the next document (see <see cref="ParseThread"/>):
/// starting a thread per document cost more than the thread itself, as every new thread begins
/// with empty per-thread array pools and a cold stack, and the collector must sweep the pools of
/// every thread that ever ran.
/// </para>
/// </summary>
internal static class TimeBox
{
    // Threads waiting for a parse; at most as many as parses ran at once.
    private static readonly ConcurrentBag<ParseThread> Idle = [];

    /// <summary>
    /// Runs <paramref name="work"/>; returns its result, or <c>Finished = false</c> when it took
    /// longer than <paramref name="limit"/>. An exception of the work is rethrown here.
    /// </summary>
    public static Task<(bool Finished, T? Result)> RunAsync<T>(Func<CancellationToken, T> work, TimeSpan limit, CancellationToken cancellationToken)
        => RunAsync((token, _) => work(token), limit, cancellationToken);

    /// <summary>
    /// As the other overload, but <paramref name="work"/> may give itself more time: each call of
    /// the action it is handed moves the limit back by that much (a page sent to OCR, whose own
    /// tools have time limits of their own, should not use up the time meant for a hung parse).
    /// </summary>
    public static async Task<(bool Finished, T? Result)> RunAsync<T>(Func<CancellationToken, Action<TimeSpan>, T> work, TimeSpan limit, CancellationToken cancellationToken)
    {
        // The machine's tick count, not a TimeProvider: as WaitAsync's own timer, it measures a wait.
        var deadline = Environment.TickCount64 + (long)limit.TotalMilliseconds;
        void AllowMore(TimeSpan more) => Interlocked.Add(ref deadline, (long)more.TotalMilliseconds);
        // Disposed on every way out, so that the run's token does not collect one registration per
        // document; an abandoned parse may still read its token afterwards, which a disposed
        // source allows (it stays cancelled).
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = abandon.Token;
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = Idle.TryTake(out var idle) ? idle : new ParseThread();
        thread.Run(() =>
        {
            try
            {
                done.SetResult(work(token, AllowMore));
            }
#pragma warning disable CA1031 // Handed over whole to the waiting side, which decides.
            catch (Exception e)
#pragma warning restore CA1031
            {
                done.SetException(e);
            }
        });
        try
        {
            while (true)
            {
                var left = Interlocked.Read(ref deadline) - Environment.TickCount64;
                try
                {
                    var result = await done.Task.WaitAsync(TimeSpan.FromMilliseconds(Math.Max(0, left)), cancellationToken).ConfigureAwait(false);
                    Idle.Add(thread);
                    return (true, result);
                }
                catch (TimeoutException) when (Interlocked.Read(ref deadline) > Environment.TickCount64)
                {
                    // The work was given more time while we waited.
                }
            }
        }
        catch (TimeoutException)
        {
            thread.Retire();
            await abandon.CancelAsync().ConfigureAwait(false);
            return (false, default);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            thread.Retire();
            await abandon.CancelAsync().ConfigureAwait(false);
            throw;
        }
        catch
        {
            // The work threw: the thread finished it and is free for the next.
            Idle.Add(thread);
            throw;
        }
    }
}
