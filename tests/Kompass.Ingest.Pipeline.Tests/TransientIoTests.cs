namespace Kompass.Ingest.Pipeline.Tests;

public sealed class TransientIoTests
{
    [Fact]
    public void Retry_IoFailureThatPasses_IsTriedAgainUntilItWorks()
    {
        var attempts = 0;

        var result = TransientIo.Retry.Execute(() => ++attempts < 3 ? throw new IOException("Input/output error") : "read");

        Assert.Equal(("read", 3), (result, attempts));
    }

    [Theory]
    [InlineData(typeof(FileNotFoundException))]
    [InlineData(typeof(DirectoryNotFoundException))]
    [InlineData(typeof(UnauthorizedAccessException))]
    [InlineData(typeof(InvalidDataException))]
    public void Retry_FileThatIsGoneForbiddenOrBroken_FailsAtTheFirstTry(Type failure)
    {
        var attempts = 0;

        Assert.Throws(failure, () => TransientIo.Retry.Execute<int>(() =>
        {
            attempts++;
            throw (Exception)Activator.CreateInstance(failure, "no")!;
        }));

        Assert.Equal(1, attempts);
    }

    [Fact]
    public void Retry_IoFailureThatStays_GivesUpAfterFourTries()
    {
        var attempts = 0;

        Assert.Throws<IOException>(() => TransientIo.Retry.Execute<int>(() =>
        {
            attempts++;
            throw new IOException("Stale file handle");
        }));

        Assert.Equal(4, attempts);
    }
}
