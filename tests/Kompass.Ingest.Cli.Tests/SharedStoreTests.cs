using System.Net;

namespace Kompass.Ingest.Cli.Tests;

/// <summary>
/// One store, several users: while an ingest writes into the store, the review server answers
/// every request and the command line reads and corrects, none of them failing on the lock, and
/// the store is whole afterwards.
/// </summary>
public sealed class SharedStoreTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task IngestServeAndCommandLine_AtTheSameTime_AllGetTheirTurn()
    {
        var reports = Directory.EnumerateFiles(Path.Combine(Repository.Root(), "corpus", "archive"), "*.pdf", SearchOption.AllDirectories)
            .Where(f => new FileInfo(f).Length > 50_000)
            .Order(StringComparer.Ordinal)
            .Take(8)
            .ToList();
        Copy(reports[0], "first");
        Assert.Equal(0, KompassProcess.Run("ingest", _workspace.Archive, "--db", _workspace.Db).ExitCode);
        foreach (var report in reports.Skip(1))
        {
            Copy(report, "more");
        }

        using var serve = KompassProcess.Start("serve", "--db", _workspace.Db, "--urls", "http://127.0.0.1:0");
        Assert.True(serve.WaitForLines(l => l.Contains("reviewing", StringComparison.Ordinal), 1, TimeSpan.FromMinutes(1)), string.Join('\n', serve.ErrorLines));
        var address = new Uri(serve.ErrorLines.Single(l => l.Contains("reviewing", StringComparison.Ordinal)).Split(" at ")[1].Split(' ')[0]);
        using var client = new HttpClient { BaseAddress = address };

        using var ingest = KompassProcess.Start("ingest", _workspace.Archive, "--db", _workspace.Db, "--workers", "2");
        var statuses = new List<HttpStatusCode>();
        var commands = new List<KompassProcess.Result>();
        while (!ingest.HasExited)
        {
            using (var response = await client.GetAsync(new Uri("/api/queue", UriKind.Relative)))
            {
                statuses.Add(response.StatusCode);
            }

            commands.Add(KompassProcess.Run("flags", "--db", _workspace.Db, "--status", "all"));
            if (commands.Count == 1)
            {
                // A write from the command line in the middle of the run.
                commands.Add(KompassProcess.Run("correct", "Grästorp 2002", "areas[1].score", "51", "--reason", "shared-store test", "--reviewer", "Eva", "--db", _workspace.Db));
            }
        }

        Assert.True(ingest.WaitForExit(TimeSpan.FromMinutes(5)) == 0, string.Join('\n', ingest.ErrorLines));
        Assert.NotEmpty(statuses);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.All(commands, c => Assert.True(c.ExitCode == 0, c.ToString()));
        Assert.Equal(0, serve.Interrupt(TimeSpan.FromSeconds(30)));

        var again = KompassProcess.Run("ingest", _workspace.Archive, "--db", _workspace.Db);
        Assert.Matches(@"(?m)^  added\s+0\b", again.Output);
        Assert.Contains("shared-store test", KompassProcess.Run("history", "Grästorp 2002", "--db", _workspace.Db).Output, StringComparison.Ordinal);
        Assert.Equal(0, KompassProcess.Run("export", "--db", _workspace.Db, "--format", "json", "--out", _workspace.Export).ExitCode);
    }

    private void Copy(string from, string folder)
    {
        var to = Path.Combine(_workspace.Archive, folder, Path.GetFileName(from));
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to);
    }
}
