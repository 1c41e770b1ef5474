using System.Text.Json;

namespace Kompass.Ingest.Cli.Tests;

/// <summary>Keeps <c>kompass bench</c> working on a tiny archive; its figures are not asserted (no timing assertions).</summary>
public sealed class BenchCommandTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private string Work => Directory.CreateDirectory(Path.Combine(_workspace.Folder, "work")).FullName;

    [Fact]
    public void Bench_TinyArchive_IngestsEveryCopyOnceAndRemovesItsWorkFolder()
    {
        var work = Work;

        var result = KompassProcess.Run("bench", "--documents", "3", "--source", _workspace.Archive, "--work", work, "--format", "json");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("documents").GetInt32());
        Assert.Equal(2, root.GetProperty("readableSources").GetInt32());
        Assert.Equal(3, root.GetProperty("firstIngestAdded").GetInt32());
        Assert.Equal(0, root.GetProperty("firstIngestRefused").GetInt32());
        Assert.Equal(3, root.GetProperty("rerunKnown").GetInt32());
        Assert.Equal(3, root.GetProperty("steps").GetProperty("export").GetProperty("documents").GetInt32());
        Assert.True(root.GetProperty("storeBytes").GetInt64() > 0);
        Assert.Empty(Directory.EnumerateFileSystemEntries(work));
    }

    [Fact]
    public void Bench_FirstIngestSample_StoresTheRestWithoutExtractingAndPrintsTheTable()
    {
        var result = KompassProcess.Run("bench", "--documents", "3", "--first-ingest-sample", "1", "--source", _workspace.Archive, "--work", Work);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Matches(@"(?m)^first ingest\s+1\s", result.Output);
        Assert.Matches(@"(?m)^store the rest \(no extraction\)\s+2\s", result.Output);
        Assert.Matches(@"(?m)^re-run, archive unchanged\s+3\s", result.Output);
        Assert.Contains("re-run: 3 already known", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_SourceWithoutReadablePdfs_IsAUserError()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_workspace.Folder, "empty")).FullName;

        var result = KompassProcess.Run("bench", "--documents", "3", "--source", empty, "--work", Work);

        Assert.True(result.ExitCode == ExitCodes.UserError, result.ToString());
        Assert.Contains("holds no PDF that kompass can read", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_Help_DescribesTheVerbWithAnExample()
    {
        var result = KompassProcess.Run("bench", "--help");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("kompass bench --documents 200", result.Output, StringComparison.Ordinal);
        Assert.Contains("--first-ingest-sample", result.Output, StringComparison.Ordinal);
    }
}
