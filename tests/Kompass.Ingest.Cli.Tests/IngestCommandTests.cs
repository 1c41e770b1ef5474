using System.Text.RegularExpressions;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Ingest_SmallArchive_SummarisesEveryFileAndExitsZero()
    {
        // One worker: with more, either copy of the policy may be the one stored first.
        var result = KompassProcess.Run("ingest", _workspace.Archive, "--db", _workspace.Db, "--workers", "1");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        AssertCount(result, "documents found", 4);
        AssertCount(result, "added", 2);
        AssertCount(result, "already known", 1);
        AssertCount(result, "refused", 1);
        AssertCount(result, "not documents", 1);
        Assert.Matches(new Regex(@"^  trasig/tom\.pdf: \S.*$", RegexOptions.Multiline), result.Output);
        Assert.Matches(new Regex(@"^  svar/kopia-policy\.pdf$", RegexOptions.Multiline), result.Output);
        Assert.Matches(new Regex(@"^  anteckningar\.txt$", RegexOptions.Multiline), result.Output);
        Assert.Matches(new Regex(@"^\[1/4\] added\s+policy\.pdf$", RegexOptions.Multiline), result.Error);
    }

    [Fact]
    public void Ingest_SecondRunOfAnUnchangedArchive_AddsNothing()
    {
        var first = KompassProcess.Run("ingest", _workspace.Archive, "--db", _workspace.Db);

        var second = KompassProcess.Run("ingest", _workspace.Archive, "--db", _workspace.Db);

        Assert.True(first.ExitCode == ExitCodes.Success, first.ToString());
        Assert.True(second.ExitCode == ExitCodes.Success, second.ToString());
        AssertCount(second, "added", 0);
        AssertCount(second, "already known", 4);
        AssertCount(second, "refused", 0);
        Assert.Contains("Ingest run 2 done", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_MissingArchive_SaysSoInOneLineAndCreatesNoStore()
    {
        var result = KompassProcess.Run("ingest", Path.Combine(_workspace.Folder, "nope"), "--db", _workspace.Db);

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Matches(new Regex(@"\Akompass: archive folder '.*nope' does not exist\r?\n\z"), result.Error);
        Assert.False(File.Exists(_workspace.Db));
    }

    [Fact]
    public void Ingest_StoreHeldByAnotherProcessPastTheWait_ExitsWithUserError()
    {
        using var holder = LiteDbDocumentStore.Open(_workspace.Db, StoreBsonMapper.Create());

        var result = KompassProcess.RunWithEnvironment(new Dictionary<string, string> { ["KOMPASS_STORE_WAIT_SECONDS"] = "1" }, "ingest", _workspace.Archive, "--db", _workspace.Db);

        Assert.True(result.ExitCode == ExitCodes.UserError, result.ToString());
        Assert.Contains("in use by another kompass process", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => line.StartsWith("kompass:", StringComparison.Ordinal));
    }

    [Fact]
    public void Ingest_StoreHeldByAnotherProcessForAMoment_WaitsForItsTurn()
    {
        var holder = LiteDbDocumentStore.Open(_workspace.Db, StoreBsonMapper.Create());
        using var release = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            holder.Dispose();
        });

        var result = KompassProcess.Run("ingest", _workspace.Archive, "--db", _workspace.Db, "--workers", "2");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.True(release.IsCompleted);
        Assert.Matches(@"added\s+\d+", result.Output);
    }

    [Theory]
    [InlineData("--workers", "0", "--workers must be between 1 and 64, not 0")]
    [InlineData("--workers", "65", "--workers must be between 1 and 64, not 65")]
    [InlineData("--timeout", "0", "--timeout must be more than 0 and at most 3600 seconds, not 0")]
    public void Ingest_OutOfRangeOption_SaysWhichInOneLineAndCreatesNoStore(string option, string value, string message)
    {
        var result = KompassProcess.Run("ingest", _workspace.Archive, "--db", _workspace.Db, option, value);

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Equal($"kompass: {message}", result.Error.Trim());
        Assert.False(File.Exists(_workspace.Db));
    }

    [Fact]
    public void Ingest_WithoutDb_IsAUsageError()
    {
        var result = KompassProcess.Run("ingest", _workspace.Archive);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }

    [Fact]
    public void Ingest_Help_DescribesTheVerbWithAnExample()
    {
        var result = KompassProcess.Run("ingest", "--help");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("kompass ingest corpus/archive --db kompass.db", result.Output, StringComparison.Ordinal);
        Assert.Contains("--db", result.Output, StringComparison.Ordinal);
    }

    private static void AssertCount(KompassProcess.Result result, string label, int count)
        => Assert.True(
            Regex.IsMatch(result.Output, $@"^  {Regex.Escape(label)}\s+{count}\b", RegexOptions.Multiline),
            $"expected '{label} {count}' in the summary\n{result}");
}
