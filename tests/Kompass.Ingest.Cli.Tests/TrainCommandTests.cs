using System.Text.Json;

namespace Kompass.Ingest.Cli.Tests;

/// <summary>
/// <c>kompass train</c> and the shipped models end to end: a fresh store of four sample reports
/// ingested with the models of pipelines/models gets themes in its search index; training on it
/// writes the versioned model files and both metrics reports; bad input is one line and exit 2.
/// </summary>
public sealed class TrainCommandTests(TrainCommandTests.Store store) : IClassFixture<TrainCommandTests.Store>
{
    private readonly string _folder = store.Folder;

    private string Db => store.Db;

    [Fact]
    public void Ingest_FreshStoreWithShippedModels_FindingsHaveThemesToSearchBy()
    {
        var result = KompassProcess.Run("search", "--theme", "Dialog och medborgarmedverkan", "--db", Db, "--format", "json");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("Dialog och medborgarmedverkan", h.GetProperty("theme").GetString()));
    }

    [Fact]
    public void Train_SmallStore_WritesVersionedModelsAndMetrics()
    {
        var output = Path.Combine(_folder, "models");

        var result = KompassProcess.Run("train", "--db", Db, "--out", output, "--folds", "2");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("placement: accuracy", result.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "placement.v1.zip")), result.ToString());
        Assert.True(File.Exists(Path.Combine(output, "themes.v1.zip")), result.ToString());
        using var metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "metrics.json")));
        Assert.Equal("kompass-model-metrics/1", metrics.RootElement.GetProperty("schema").GetString());
        Assert.Equal(File.ReadAllText(Path.Combine(output, "metrics.txt")), result.Output[..File.ReadAllText(Path.Combine(output, "metrics.txt")).Length]);
    }

    [Fact]
    public void Train_MissingStore_OneLineAndExit2()
    {
        var result = KompassProcess.Run("train", "--db", Path.Combine(_folder, "missing.db"), "--out", Path.Combine(_folder, "models"));

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains("no store at", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_OutIsAFile_OneLineAndExit2()
    {
        var file = Path.Combine(_folder, "models.txt");
        File.WriteAllText(file, "not a folder");

        var result = KompassProcess.Run("train", "--db", Db, "--out", file);

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    /// <summary>Four sample reports ingested once for the class, with the shipped models.</summary>
    public sealed class Store : IDisposable
    {
        public Store()
        {
            var archive = Path.Combine(Repository.Root(), "corpus", "archive");
            foreach (var relative in new[] { "Kungälvs kommun/Analys 2016.pdf", "Analyser/Malmö 2016.pdf", "Kramfors kommun/Återkoppling Kommunkompass 2019.pdf", "Ånge/PM Kommunkompassen.pdf" })
            {
                var target = Path.Combine(Folder, "archive", relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(archive, relative), target);
            }

            var ingest = KompassProcess.Run("ingest", Path.Combine(Folder, "archive"), "--db", Db);
            Assert.True(ingest.ExitCode == ExitCodes.Success, ingest.ToString());
        }

        public string Folder { get; } = Directory.CreateTempSubdirectory("kompass-train-").FullName;

        public string Db => Path.Combine(Folder, "kompass.db");

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }
}
