using System.Net;

namespace Kompass.Ingest.Cli.Tests;

/// <summary>
/// <c>kompass serve</c> as a person runs it: it says where it listens, warns in one line when
/// that is not loopback, serves, and stops cleanly (exit 0) on Ctrl+C.
/// </summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Serve_OnANonLoopbackAddress_WarnsServesAndStopsOnCtrlC()
    {
        Assert.Equal(0, KompassProcess.Run("ingest", _workspace.Archive, "--db", _workspace.Db).ExitCode);
        using var serve = KompassProcess.Start("serve", "--db", _workspace.Db, "--urls", "http://0.0.0.0:0");

        Assert.True(serve.WaitForLines(l => l.Contains("reviewing", StringComparison.Ordinal), 1, TimeSpan.FromMinutes(1)), string.Join('\n', serve.ErrorLines));
        var warning = Assert.Single(serve.ErrorLines, l => l.Contains("warning", StringComparison.Ordinal));
        Assert.Contains("http://0.0.0.0:0 is not a loopback address", warning, StringComparison.Ordinal);
        var port = new Uri(serve.ErrorLines.Single(l => l.Contains("reviewing", StringComparison.Ordinal)).Split(" at ")[1].Split(' ')[0].Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)).Port;
        using (var client = new HttpClient())
        {
            using var response = await client.GetAsync(new Uri($"http://127.0.0.1:{port}/api/queue"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // The store is not held between requests: an ingest can run while the server does.
        Assert.Equal(0, KompassProcess.Run("ingest", _workspace.Archive, "--db", _workspace.Db).ExitCode);

        Assert.Equal(0, serve.Interrupt(TimeSpan.FromSeconds(30)));
        Assert.Contains("kompass serve: stopped", serve.ErrorLines);
    }

    [Fact]
    public void Serve_WithAMissingStore_ExitsTwoWithOneLine()
    {
        var result = KompassProcess.Run("serve", "--db", Path.Combine(_workspace.Folder, "missing.db"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public void Serve_WithAnHttpsUrl_ExitsTwoSayingWhatToGive()
    {
        Assert.Equal(0, KompassProcess.Run("ingest", _workspace.Archive, "--db", _workspace.Db).ExitCode);

        var result = KompassProcess.Run("serve", "--db", _workspace.Db, "--urls", "https://127.0.0.1:5443");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not an http:// URL", result.Error, StringComparison.Ordinal);
    }
}
