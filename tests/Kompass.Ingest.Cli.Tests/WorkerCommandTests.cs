using System.Security.Cryptography;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Cli.Tests;

/// <summary>
/// <c>kompass worker</c> as a service manager runs it: the built program watches a folder, stores
/// what is dropped into it once the file is complete, waits for a store another process holds,
/// stops cleanly on SIGTERM, and refuses an invalid setting in one line. The waits are functional
/// upper bounds, never speed assertions.
/// </summary>
public sealed class WorkerCommandTests : IDisposable
{
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(2);

    private readonly string _folder = Directory.CreateTempSubdirectory("kompass-worker-").FullName;

    public WorkerCommandTests() => Directory.CreateDirectory(Archive);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Archive => Path.Combine(_folder, "archive");

    private string Db => Path.Combine(_folder, "kompass.db");

    [Fact]
    public void Worker_WhenAPdfIsDroppedIntoANewFolder_StoresIt()
    {
        using var worker = StartWatching("--settle", "1");
        var report = SampleReport();

        Directory.CreateDirectory(Path.Combine(Archive, "2019"));
        File.Copy(report, Path.Combine(Archive, "2019", "inkommen.pdf"));

        Assert.True(worker.WaitForLines(l => l.Contains("added", StringComparison.Ordinal) && l.Contains("2019/inkommen.pdf", StringComparison.Ordinal), 1, Generous), Lines(worker));
        Assert.True(worker.Terminate(Generous) == 0, Lines(worker));
        Assert.Equal([Sha256(File.ReadAllBytes(report))], StoredHashes());
    }

    [Fact]
    public void Worker_WhenAFileIsWrittenInPieces_ReadsItOnceComplete()
    {
        using var worker = StartWatching("--settle", "2");
        var bytes = File.ReadAllBytes(SampleReport());

        using (var stream = new FileStream(Path.Combine(Archive, "langsam.pdf"), FileMode.CreateNew))
        {
            stream.Write(bytes, 0, bytes.Length / 2);
            stream.Flush();
            Thread.Sleep(TimeSpan.FromMilliseconds(300));
            stream.Write(bytes, bytes.Length / 2, bytes.Length - (bytes.Length / 2));
        }

        Assert.True(worker.WaitForLines(l => l.Contains("added", StringComparison.Ordinal) && l.Contains("langsam.pdf", StringComparison.Ordinal), 1, Generous), Lines(worker));
        Assert.True(worker.Terminate(Generous) == 0, Lines(worker));
        Assert.DoesNotContain(worker.ErrorLines, l => l.Contains("refused", StringComparison.Ordinal) && !l.Contains("0 refused", StringComparison.Ordinal));
        Assert.Equal([Sha256(bytes)], StoredHashes());
    }

    [Fact]
    public void Worker_OnSigtermWhileIdle_ExitsZeroWithASummaryLineAndReleasesTheStore()
    {
        using var worker = StartWatching();

        Assert.True(worker.Terminate(Generous) == 0, Lines(worker));

        Assert.Contains("stopped after 1 pass(es)", worker.ErrorLines[^1], StringComparison.Ordinal);
        Assert.False(File.Exists(Db + ".lock"), "the store's lock is released");
        using var store = LiteDbDocumentStore.Open(Db, StoreBsonMapper.Create(), StoreAccess.ReadWrite);
        Assert.Empty(store.Documents());
    }

    [Fact]
    public void Worker_WhenTheStoreIsBusyAtStart_WaitsForItAndRuns()
    {
        // Disposing twice is harmless; the second one only matters when an assertion failed first.
        using var held = LiteDbDocumentStore.Open(Db, StoreBsonMapper.Create(), StoreAccess.ReadWrite);
        using var worker = KompassProcess.Start("worker", Archive, "--db", Db);
        Assert.True(worker.WaitForLines(l => l.Contains("the store is busy", StringComparison.Ordinal), 1, Generous), Lines(worker));

        held.Dispose();

        Assert.True(worker.WaitForLines(l => l.Contains("watching", StringComparison.Ordinal), 1, Generous), Lines(worker));
        Assert.True(worker.Terminate(Generous) == 0, Lines(worker));
    }

    [Fact]
    public void Worker_SettingsFromFileEnvironmentAndFlags_FlagsWinOverEnvironmentOverFile()
    {
        var config = Path.Combine(_folder, "worker.json");
        File.WriteAllText(config, """{ "Worker": { "SettleSeconds": 3, "RescanMinutes": 7, "Workers": 4 } }""");
        var environment = new Dictionary<string, string> { ["KOMPASS_Worker__SettleSeconds"] = "700", ["KOMPASS_Worker__Workers"] = "5" };

        using var worker = KompassProcess.StartWithEnvironment(environment, "worker", Archive, "--db", Db, "--config", config, "--settle", "0.5");

        Assert.True(worker.WaitForLines(l => l.Contains("watching", StringComparison.Ordinal), 1, Generous), Lines(worker));
        Assert.Contains(worker.ErrorLines, l => l.Contains("(settle 0.5 s, full pass every 7 min, 5 worker(s))", StringComparison.Ordinal));
        Assert.True(worker.Terminate(Generous) == 0, Lines(worker));
    }

    [Theory]
    [InlineData("--settle 0", null, null, "setting Worker:SettleSeconds is 0 (from --settle), out of range; allowed: 0.1 to 600")]
    [InlineData("--workers 0", null, null, "setting Worker:Workers is 0 (from --workers), out of range; allowed: 1 to 64")]
    [InlineData("--rescan 0.5", null, null, "setting Worker:RescanMinutes is 0.5 (from --rescan), out of range")]
    [InlineData("missing-archive", null, null, "does not exist")]
    [InlineData("", """{ "Worker": { "SettleSeconds": "soon" } }""", null, "setting Worker:SettleSeconds is 'soon' (from file ")]
    [InlineData("", """{ "Worker": """, null, "is not valid JSON")]
    [InlineData("", null, "KOMPASS_Worker__Workers=100", "setting Worker:Workers is 100 (from environment variable KOMPASS_Worker__Workers), out of range; allowed: 1 to 64")]
    public void Worker_WithAnInvalidSetting_ExitsTwoWithOneLineNamingIt(string flags, string? json, string? variable, string expected)
    {
        List<string> args = ["worker", flags == "missing-archive" ? Path.Combine(_folder, "missing") : Archive, "--db", Db];
        args.AddRange(flags.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(f => f != "missing-archive"));
        if (json is not null)
        {
            var config = Path.Combine(_folder, "appsettings.json");
            File.WriteAllText(config, json);
            args.AddRange(["--config", config]);
        }

        var environment = variable is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [variable.Split('=')[0]] = variable.Split('=')[1] };

        var result = KompassProcess.RunWithEnvironment(environment, [.. args]);

        Assert.True(result.ExitCode == 2, result.ToString());
        var line = Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.False(File.Exists(Db), "an invalid setting creates no store");
    }

    private RunningKompass StartWatching(params string[] flags)
    {
        var worker = KompassProcess.Start(["worker", Archive, "--db", Db, .. flags]);
        try
        {
            Assert.True(worker.WaitForLines(l => l.Contains("watching", StringComparison.Ordinal), 1, Generous), Lines(worker));
            return worker;
        }
        catch
        {
            worker.Dispose();
            throw;
        }
    }

    // A report of the sample archive (larger than a memo), the same one every run.
    private static string SampleReport()
        => Directory.EnumerateFiles(Path.Combine(Repository.Root(), "corpus", "archive"), "*.pdf", SearchOption.AllDirectories)
            .Where(f => new FileInfo(f).Length > 50_000)
            .Order(StringComparer.Ordinal)
            .First();

    private List<string> StoredHashes()
    {
        using var store = LiteDbDocumentStore.Open(Db, StoreBsonMapper.Create(), StoreAccess.ReadOnly);
        var documents = store.Documents();
        Assert.DoesNotContain(documents, d => d.Type == DocumentType.Unreadable);
        return documents.Select(d => d.Sha256).ToList();
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string Lines(RunningKompass worker) => string.Join('\n', worker.ErrorLines);
}
