using System.Text.RegularExpressions;

namespace Kompass.Ingest.Cli.Tests;

public sealed class FailuresCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kompass-failures-").FullName;

    public FailuresCommandTests()
    {
        Write("policy.pdf", TinyPdfs.WithLines("Personalpolicy for Laholms kommun", "Antagen av kommunfullmaktige 2015"));
        Write("trasig/avbruten.pdf", "%PDF-1.4\nnothing here at all\n"u8.ToArray());
        Write("tom.pdf", []);
    }

    private string Archive => Path.Combine(_folder, "archive");

    private string Db => Path.Combine(_folder, "kompass.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Failures_AfterIngest_ListsEveryRefusedFileOnceSortedByPath()
    {
        Ingest();
        Directory.CreateSymbolicLink(Path.Combine(Archive, "trasig", "loop"), Archive);
        Ingest();

        var result = KompassProcess.Run("failures", "--db", Db);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        var lines = result.Output.TrimEnd().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Matches(@"^tom\.pdf: the file is empty \(0 bytes\): copy it again from where it came from \(sha256 e3b0c44298fc, first seen \d{4}-\d\d-\d\d \d\d:\d\d UTC\)$", lines[0]);
        Assert.Matches(@"^trasig/avbruten\.pdf: damaged PDF: the file looks cut short .+ \(sha256 [0-9a-f]{12}, first seen .+ UTC\)$", lines[1]);
        Assert.Matches(@"^trasig/loop/: symbolic link into '\.', which is scanned already; not followed \(not scanned, not stored; run of .+ UTC\)$", lines[2]);
    }

    [Fact]
    public void Failures_FileRepairedBetweenRuns_IsStoredAndNoLongerListed()
    {
        Ingest();
        Write("trasig/avbruten.pdf", TinyPdfs.WithLines("HR-strategi", "Dokumentansvarig Monica Hogberg"));
        File.Delete(Path.Combine(Archive, "tom.pdf"));

        var second = Ingest();
        var result = KompassProcess.Run("failures", "--db", Db);

        Assert.Matches(new Regex(@"^\[\s*\d+/\d+\] added\s+trasig/avbruten\.pdf$", RegexOptions.Multiline), second.Error);
        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Equal("no failures", result.Output.TrimEnd());
    }

    [Fact]
    public void Failures_AsCsv_HasAHeaderAndOneRowPerFile()
    {
        Ingest();

        var result = KompassProcess.Run("failures", "--db", Db, "--format", "csv");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        var lines = result.Output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("path,kind,sha256,seen,reason", lines[0]);
        Assert.Equal(3, lines.Count);
        Assert.StartsWith("tom.pdf,unreadable,e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("trasig/avbruten.pdf,unreadable,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Failures_NothingRefused_SaysSo()
    {
        File.Delete(Path.Combine(Archive, "tom.pdf"));
        File.Delete(Path.Combine(Archive, "trasig", "avbruten.pdf"));
        Ingest();

        var result = KompassProcess.Run("failures", "--db", Db);

        Assert.Equal((ExitCodes.Success, "no failures"), (result.ExitCode, result.Output.TrimEnd()));
    }

    private KompassProcess.Result Ingest()
    {
        var result = KompassProcess.Run("ingest", Archive, "--db", Db);
        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        return result;
    }

    private void Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(Archive, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }
}
