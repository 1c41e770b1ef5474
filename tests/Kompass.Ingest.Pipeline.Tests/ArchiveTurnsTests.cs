using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Pipeline.Tests;

public sealed class ArchiveTurnsTests
{
    [Fact]
    public void WaitAsync_FirstFile_IsItsTurnAtOnce()
    {
        var sut = new ArchiveTurns();

        Assert.True(sut.WaitAsync(0, CancellationToken.None).IsCompletedSuccessfully);
    }

    [Fact]
    public void WaitAsync_LaterFile_ComesOnlyWhenEveryEarlierFileHasPassedInWhateverOrder()
    {
        var sut = new ArchiveTurns();
        var third = sut.WaitAsync(3, CancellationToken.None);

        sut.Pass(2);
        sut.Pass(0);
        Assert.False(third.IsCompleted);
        sut.Pass(1);

        Assert.True(third.IsCompleted);
    }

    [Fact]
    public void WaitAsync_AfterEarlierFilesPassed_IsItsTurnAtOnce()
    {
        var sut = new ArchiveTurns();
        sut.Pass(1);
        sut.Pass(0);

        Assert.True(sut.WaitAsync(2, CancellationToken.None).IsCompletedSuccessfully);
    }

    [Fact]
    public async Task WaitAsync_Cancelled_StopsWaiting()
    {
        var sut = new ArchiveTurns();
        using var cancel = new CancellationTokenSource();
        var waiting = sut.WaitAsync(1, cancel.Token);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public void WaitAsync_ForAFileThatHasPassed_IsABug()
    {
        var sut = new ArchiveTurns();
        sut.Pass(0);

        Assert.Throws<KompassBugException>(() => { _ = sut.WaitAsync(0, CancellationToken.None); });
    }
}
