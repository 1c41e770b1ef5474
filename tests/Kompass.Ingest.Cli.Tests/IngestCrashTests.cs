using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Cli.Tests;

/// <summary>
/// Crash safety with a real kill: an ingest is killed hard (SIGKILL, no Ctrl+C, no clean-up) part
/// way through, and the next ingest over the same archive and store must finish what is missing,
/// store no document twice and leave no document without its extraction.
/// </summary>
public sealed class IngestCrashTests : IDisposable
{
    // Enough reports that a kill after a few of them lands well before the end of the run.
    private const int SampleReports = 8;

    // Distinct copies of each sample report, so that a run is still going when its first batch is
    // reported (the writer gathers finished documents for up to a second before it writes them).
    private const int DistinctCopies = 20;

    private static readonly Regex Added = new(@"^\[\s*\d+/\d+\] added\s", RegexOptions.Compiled);

    private readonly string _folder = Directory.CreateTempSubdirectory("kompass-crash-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Archive => Path.Combine(_folder, "archive");

    private string Db => Path.Combine(_folder, "kompass.db");

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Ingest_AfterARunWasKilledHard_CompletesTheStoreWithoutDuplicates(int addedBeforeKill)
    {
        var files = CopySampleReports(DistinctCopies);
        var expected = files.Select(Sha256).Distinct().Order(StringComparer.Ordinal).ToList();
        var export = Path.Combine(_folder, "export.json");

        var killed = KillIngestAfter(addedBeforeKill, expected.Count);
        var second = KompassProcess.Run("ingest", Archive, "--db", Db);
        var third = KompassProcess.Run("ingest", Archive, "--db", Db);
        var exported = KompassProcess.Run("export", "--db", Db, "--format", "json", "--out", export);

        Assert.True(second.ExitCode == ExitCodes.Success, $"{second}\n--- the killed run\n{string.Join('\n', killed)}");
        Assert.True(third.ExitCode == ExitCodes.Success, third.ToString());
        AssertCount(third, "added", 0);
        AssertCount(third, "already known", files.Count);
        Assert.True(exported.ExitCode == ExitCodes.Success, exported.ToString());
        Assert.Equal(expected, ExportedHashes(export).Order(StringComparer.Ordinal));
        using var store = LiteDbDocumentStore.Open(Db, StoreBsonMapper.Create(), StoreAccess.ReadOnly);
        var documents = store.Documents();
        Assert.Equal(expected, documents.Select(d => d.Sha256).Order(StringComparer.Ordinal));
        Assert.All(documents, d => Assert.NotNull(store.Extraction(d.Sha256, d.ExtractorVersion)));
        Assert.Equal(files.Count, documents.Sum(d => d.Paths.Count));
    }

    [Fact]
    public void Ingest_CtrlCPartWayThroughAParallelRun_Exits130AndTheNextRunFinishes()
    {
        var files = CopySampleReports(DistinctCopies);
        var expected = files.Select(Sha256).Distinct().Order(StringComparer.Ordinal).ToList();
        using (var run = KompassProcess.Start("ingest", Archive, "--db", Db, "--workers", "2"))
        {
            Assert.True(run.WaitForLines(Added.IsMatch, 1, TimeSpan.FromMinutes(2)), string.Join('\n', run.ErrorLines));
            Assert.Equal(ExitCodes.Cancelled, run.Interrupt(TimeSpan.FromSeconds(60)));
        }

        using (var store = LiteDbDocumentStore.Open(Db, StoreBsonMapper.Create(), StoreAccess.ReadOnly))
        {
            // Whatever the stop left is whole: every stored document has its extraction.
            var documents = store.Documents();
            Assert.NotEmpty(documents);
            Assert.All(documents, d => Assert.NotNull(store.Extraction(d.Sha256, d.ExtractorVersion)));
            Assert.True(Assert.Single(store.Runs()).Cancelled);
        }

        var next = KompassProcess.Run("ingest", Archive, "--db", Db, "--workers", "2");

        Assert.True(next.ExitCode == ExitCodes.Success, next.ToString());
        using var finished = LiteDbDocumentStore.Open(Db, StoreBsonMapper.Create(), StoreAccess.ReadOnly);
        Assert.Equal(expected, finished.Documents().Select(d => d.Sha256).Order(StringComparer.Ordinal));
    }

    /// <summary>Starts an ingest, kills it once it has added <paramref name="added"/> documents, and returns what it printed.</summary>
    private IReadOnlyList<string> KillIngestAfter(int added, int documents)
    {
        using var run = KompassProcess.Start("ingest", Archive, "--db", Db);
        var reached = run.WaitForLines(Added.IsMatch, added, TimeSpan.FromMinutes(2));
        var finishedFirst = run.HasExited;
        run.KillHard();
        var lines = run.ErrorLines;

        // The test proves nothing unless the kill landed in the middle of the run.
        Assert.True(reached && !finishedFirst, $"the ingest did not add {added} documents and keep running\n{string.Join('\n', lines)}");
        Assert.True(lines.Count(Added.IsMatch) < documents, string.Join('\n', lines));

        // The store is held only while a batch is written, so the kill may or may not leave the
        // lock file behind; when it does, the next run takes it over (the lock dies with its process).
        return lines;
    }

    /// <summary>
    /// Copies the first few reports of the sample archive (by path, larger than a memo), one of
    /// them a second time under another folder, and <paramref name="distinctCopies"/> more copies of
    /// each made distinct by a comment after %%EOF (each its own document); returns the copies' full paths.
    /// </summary>
    private List<string> CopySampleReports(int distinctCopies)
    {
        var source = Path.Combine(RepositoryRoot(), "corpus", "archive");
        var reports = Directory.EnumerateFiles(source, "*.pdf", SearchOption.AllDirectories)
            .Where(f => new FileInfo(f).Length > 50_000)
            .Order(StringComparer.Ordinal)
            .Take(SampleReports)
            .ToList();
        var copies = reports.Select(f => Copy(f, Path.GetRelativePath(source, f))).ToList();
        copies.Add(Copy(reports[0], Path.Combine("kopior", Path.GetFileName(reports[0]))));
        for (var n = 1; n <= distinctCopies; n++)
        {
            foreach (var report in reports)
            {
                var copy = Copy(report, Path.Combine($"kopia-{n}", Path.GetRelativePath(source, report)));
                File.AppendAllText(copy, $"\n% distinct copy {n}\n");
                copies.Add(copy);
            }
        }

        return copies;
    }

    private string Copy(string from, string relative)
    {
        var to = Path.Combine(Archive, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to);
        return to;
    }

    private static List<string?> ExportedHashes(string export)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(export));
        return json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("sha256").GetString()).ToList();
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static void AssertCount(KompassProcess.Result result, string label, int count)
        => Assert.True(
            Regex.IsMatch(result.Output, $@"^  {Regex.Escape(label)}\s+{count}\b", RegexOptions.Multiline),
            $"expected '{label} {count}' in the summary\n{result}");

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Kompass.Ingest.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Kompass.Ingest.sln not found above " + AppContext.BaseDirectory);
    }
}
