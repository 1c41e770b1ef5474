using Kompass.Ingest.Cli.Worker;
using Microsoft.Extensions.Time.Testing;

namespace Kompass.Ingest.Cli.Tests;

/// <summary>
/// The worker's debounce on fake time: a batch settles only once no event has come for the settle
/// time and no changed file has changed its length over it, events or not.
/// </summary>
public sealed class PendingChangesTests : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    private readonly string _folder = Directory.CreateTempSubdirectory("kompass-pending-").FullName;
    private readonly FakeTimeProvider _time = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task SettleAsync_WhileAFileGrowsWithoutEvents_WaitsUntilItKeptItsLengthForTheSettleTime()
    {
        using var sut = new PendingChanges(_time);
        var file = Write("kopieras.pdf", 100);
        sut.FileChanged(file);

        var settled = sut.SettleAsync(Settle, CancellationToken.None);
        await Advance(TimeSpan.FromSeconds(1));
        Write("kopieras.pdf", 200);
        await Advance(TimeSpan.FromSeconds(1));

        Assert.False(settled.IsCompleted, "the file grew during the settle time");
        await Advance(Settle);
        Assert.True(settled.IsCompletedSuccessfully);
        Assert.Equal(new SettledChanges(1, null), await settled);
    }

    [Fact]
    public async Task SettleAsync_WhileEventsKeepComing_WaitsForTheSettleTimeAfterTheLast()
    {
        using var sut = new PendingChanges(_time);
        sut.FileChanged(Write("a.pdf", 10));

        var settled = sut.SettleAsync(Settle, CancellationToken.None);
        await Advance(TimeSpan.FromSeconds(1.5));
        sut.FileChanged(Write("b.pdf", 10));
        await Advance(TimeSpan.FromSeconds(1.5));

        Assert.False(settled.IsCompleted, "an event came 1.5 s ago");
        await Advance(TimeSpan.FromSeconds(0.5));
        Assert.True(settled.IsCompletedSuccessfully);
        Assert.Equal("2 files changed", (await settled).Describe());
    }

    [Fact]
    public async Task SettleAsync_AfterLostEvents_SettlesWithTheReasonAndStartsTheNextBatchEmpty()
    {
        using var sut = new PendingChanges(_time);
        sut.FullPassNeeded("the watcher's buffer overflowed, events were lost");

        var settled = sut.SettleAsync(Settle, CancellationToken.None);
        await Advance(Settle);

        Assert.True(settled.IsCompletedSuccessfully);
        Assert.Equal("the watcher's buffer overflowed, events were lost", (await settled).Describe());
        Assert.False(await sut.WaitAsync(TimeSpan.Zero, CancellationToken.None), "the batch's wake-ups were taken with it");
    }

    // From the thread pool: with xunit's synchronization context on the test's thread, the
    // worker's continuations would be queued rather than run inside Advance, and the test would
    // race them.
    private Task Advance(TimeSpan by) => Task.Run(() => _time.Advance(by));

    private string Write(string name, int length)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, new byte[length]);
        return path;
    }
}
