namespace Kompass.Ingest.Pipeline.Tests;

public sealed class TimeBoxTests
{
    private static readonly TimeSpan Ample = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RunAsync_WorkThatFinishes_GivesItsResultFromAParseThread()
    {
        var (finished, result) = await TimeBox.RunAsync(_ => Thread.CurrentThread.Name, Ample, CancellationToken.None);

        Assert.True(finished);
        Assert.Equal("kompass document parse", result);
    }

    [Fact]
    public async Task RunAsync_OneParseAfterAnother_ReusesTheThread()
    {
        var first = await TimeBox.RunAsync(_ => Environment.CurrentManagedThreadId, Ample, CancellationToken.None);
        var second = await TimeBox.RunAsync(_ => Environment.CurrentManagedThreadId, Ample, CancellationToken.None);

        // Other tests may run parses meanwhile and take the idle thread; then a new one is started.
        Assert.True(first.Finished && second.Finished);
        Assert.NotEqual(Environment.CurrentManagedThreadId, second.Result);
    }

    [Fact]
    public async Task RunAsync_WorkThatOverrunsItsTime_IsAbandonedAndItsTokenCancelled_AndTheNextParseRuns()
    {
        using var release = new ManualResetEventSlim();
        var sawCancel = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

        var (finished, _) = await TimeBox.RunAsync(
            token =>
            {
                release.Wait(Ample);
                sawCancel.SetResult(token.IsCancellationRequested);
                return 0;
            },
            TimeSpan.FromMilliseconds(200),
            CancellationToken.None);
        var next = await TimeBox.RunAsync(_ => 42, Ample, CancellationToken.None);
        release.Set();

        Assert.False(finished);
        Assert.Equal((true, 42), next);
        Assert.True(await sawCancel.Task.WaitAsync(Ample));
    }

    [Fact]
    public async Task RunAsync_WorkThatThrows_RethrowsItHere_AndTheNextParseRuns()
    {
        await Assert.ThrowsAsync<InvalidDataException>(() => TimeBox.RunAsync<int>(_ => throw new InvalidDataException("broken"), Ample, CancellationToken.None));

        Assert.Equal((true, 7), await TimeBox.RunAsync(_ => 7, Ample, CancellationToken.None));
    }
}
