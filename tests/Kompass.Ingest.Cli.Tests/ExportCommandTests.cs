using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kompass.Ingest.Cli.Tests;

public sealed class ExportCommandTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [SkippableFact]
    public void Export_AfterIngest_WritesAFileThatPassesTheContractChecker()
    {
        var ingest = KompassProcess.Run("ingest", _workspace.Archive, "--db", _workspace.Db);
        Assert.True(ingest.ExitCode == ExitCodes.Success, ingest.ToString());

        var result = KompassProcess.Run("export", "--db", _workspace.Db, "--format", "json", "--out", _workspace.Export);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("Exported 3 documents", result.Output, StringComparison.Ordinal);
        var (exitCode, output) = CheckExportScript.Run(_workspace.Export);
        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void Export_AfterIngest_NamesEachFileOnceByItsFirstPath()
    {
        KompassProcess.Run("ingest", _workspace.Archive, "--db", _workspace.Db);

        var result = KompassProcess.Run("export", "--db", _workspace.Db, "--out", _workspace.Export, "--raw");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        using var json = JsonDocument.Parse(File.ReadAllBytes(_workspace.Export));
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(["policy.pdf", "strategi/HR-strategi.PDF", "trasig/tom.pdf"], documents.Select(d => d.GetProperty("path").GetString()));
        Assert.Equal("unreadable", documents[2].GetProperty("documentType").GetString());
        Assert.Equal("kompass-export/1", json.RootElement.GetProperty("schema").GetString());
    }

    [Fact]
    public void Export_FormatCsv_WritesTheLongFormatWithABom()
    {
        KompassProcess.Run("ingest", _workspace.Archive, "--db", _workspace.Db);
        var path = Path.Combine(_workspace.Folder, "scores.csv");

        var result = KompassProcess.Run("export", "--db", _workspace.Db, "--format", "csv", "--out", path);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("sha256,path,documentType,", System.Text.Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_UnknownFormat_IsAUsageError()
    {
        var result = KompassProcess.Run("export", "--db", _workspace.Db, "--format", "xml", "--out", _workspace.Export);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.False(File.Exists(_workspace.Export));
    }

    [Fact]
    public void Export_MissingStore_ExitsWithUserErrorAndCreatesNothing()
    {
        var result = KompassProcess.Run("export", "--db", _workspace.Db, "--format", "json", "--out", _workspace.Export);

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Matches(new Regex(@"\Akompass: store '.*kompass\.db' does not exist; create it with: kompass ingest ARCHIVE --db .*\r?\n\z"), result.Error);
        Assert.False(File.Exists(_workspace.Db));
    }

    [Fact]
    public void Export_Help_DescribesTheVerbWithAnExample()
    {
        var result = KompassProcess.Run("export", "--help");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("kompass export --db kompass.db --format json --out export.json", result.Output, StringComparison.Ordinal);
        Assert.Contains("--raw", result.Output, StringComparison.Ordinal);
    }
}
