using System.CommandLine;
using System.Security.Cryptography;
using Kompass.Ingest.Cli.Commands;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Export;
using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Cli.Tests;

public sealed class EvalCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("kompass-evaltest-");
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose()
    {
        _folder.Delete(recursive: true);
        _output.Dispose();
        _error.Dispose();
    }

    [Fact]
    public async Task Invoke_ExportMatchingTheTruth_ExitsZeroWithFullSummary()
    {
        var (truth, export) = WriteTruthAndExport(year: 2017);

        var exitCode = await InvokeAsync("--truth", truth, "--export", export, "--min", "0.99");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.EndsWith("summary: 100.0%\n", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_SummaryBelowMin_ExitsBelowMinimum()
    {
        var (truth, export) = WriteTruthAndExport(year: 2016);

        var exitCode = await InvokeAsync("--truth", truth, "--export", export, "--min", "0.99");

        Assert.Equal(ExitCodes.BelowMinimum, exitCode);
    }

    [Fact]
    public async Task Invoke_MissingTruthFolder_IsAUserError()
    {
        var (_, export) = WriteTruthAndExport(year: 2017);

        var error = await Assert.ThrowsAsync<UserActionableException>(
            () => InvokeAsync("--truth", Path.Combine(_folder.FullName, "nope"), "--export", export));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--min", "85")]
    [InlineData("--format", "xml")]
    public async Task Invoke_BadOption_ExitsUsage(string option, string value)
    {
        var (truth, export) = WriteTruthAndExport(year: 2017);

        var exitCode = await InvokeAsync("--truth", truth, "--export", export, option, value);

        Assert.Equal(ExitCodes.Usage, exitCode);
    }

    [Fact]
    public async Task Invoke_NeitherArchiveNorExport_ExitsUsage()
    {
        var (truth, _) = WriteTruthAndExport(year: 2017);

        var exitCode = await InvokeAsync("--truth", truth);

        Assert.Equal(ExitCodes.Usage, exitCode);
    }

    [Fact]
    public async Task Invoke_ArchiveWithABrokenFile_IngestsScoresAndRemovesTheTemporaryStore()
    {
        var archive = Directory.CreateDirectory(Path.Combine(_folder.FullName, "archive"));
        var bytes = "not a pdf"u8.ToArray();
        await File.WriteAllBytesAsync(Path.Combine(archive.FullName, "broken.pdf"), bytes);
        var truth = Directory.CreateDirectory(Path.Combine(_folder.FullName, "truth"));
        var unreadable = new TruthDocument
        {
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Path = "broken.pdf",
            DocumentType = "unreadable",
            Family = "broken",
        };
        await File.WriteAllTextAsync(Path.Combine(truth.FullName, "broken.pdf.json"), ContractJson.Serialize(unreadable));
        var before = Directory.GetDirectories(Path.GetTempPath(), "kompass-eval-*").Length;

        var exitCode = await InvokeAsync("--archive", archive.FullName, "--truth", truth.FullName, "--format", "json");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("\"summary\": 1,", _output.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetDirectories(Path.GetTempPath(), "kompass-eval-*").Length);
    }

    private async Task<int> InvokeAsync(params string[] args)
    {
        var root = new RootCommand { EvalCommand.Create() };
        var configuration = new InvocationConfiguration { Output = _output, Error = _error, EnableDefaultExceptionHandler = false };
        return await root.Parse(["eval", .. args]).InvokeAsync(configuration);
    }

    private (string Truth, string Export) WriteTruthAndExport(int year)
    {
        var truthFolder = Directory.CreateDirectory(Path.Combine(_folder.FullName, "truth"));
        var document = new ExportDocument
        {
            Sha256 = "ab12",
            Path = "2017/kumla.pdf",
            DocumentType = "kommunkompassen-pm",
            Title = "PM Utvärdering enligt Kommunkompassen i Kumla kommun",
            Year = 2017,
        };
        var truth = new TruthDocument { Sha256 = "ab12", Path = "2017/kumla.pdf", DocumentType = "kommunkompassen-pm", Title = document.Title, Year = year, Family = "pm" };
        File.WriteAllText(Path.Combine(truthFolder.FullName, "kumla.pdf.json"), ContractJson.Serialize(truth));
        var export = Path.Combine(_folder.FullName, "export.json");
        using (var stream = File.Create(export))
        {
            ContractJson.Write(stream, new ExportFile(ExportFile.SchemaName, "2025-01-01T00:00:00Z", [document]));
        }

        return (truthFolder.FullName, export);
    }
}
