using System.Text.Json;

namespace Kompass.Ingest.Cli.Tests;

/// <summary>
/// <c>kompass trends</c> end to end on Kungälv's sample reports (2010 twice, 2016, 2018): the
/// documented JSON shape, the charts, and the area overview.
/// </summary>
public sealed class TrendsCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kompass-trends-").FullName;

    public TrendsCommandTests()
    {
        var archive = Path.Combine(Repository.Root(), "corpus", "archive");
        foreach (var relative in new[] { "Rapporter 2010/Kungälv_2010_analys.pdf", "Rapporter 2010/Kungälv_2010_analys - kopia.PDF", "2016/kungälv-kommunkompassen-2016.pdf", "Kungälvs kommun/Analys 2018.pdf", "Malmö stad/Analys 2016.pdf" })
        {
            var target = Path.Combine(_folder, "archive", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(archive, relative), target);
        }

        var ingest = KompassProcess.Run("ingest", Path.Combine(_folder, "archive"), "--db", Db);
        Assert.True(ingest.ExitCode == ExitCodes.Success, ingest.ToString());
    }

    private string Db => Path.Combine(_folder, "kompass.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Municipality_Json_HasOneEvaluationPerYearWithChangesAndTheDocumentedFields()
    {
        var result = Ok("trends", "--db", Db, "--municipality", "Kungälvs kommun", "--format", "json");

        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(("Kungälv", "1482"), (root.GetProperty("municipality").GetProperty("name").GetString(), root.GetProperty("municipality").GetProperty("code").GetString()));
        var evaluations = root.GetProperty("evaluations").EnumerateArray().ToList();
        Assert.Equal([2010, 2016, 2018], evaluations.Select(e => e.GetProperty("year").GetInt32()));
        Assert.Single(evaluations[0].GetProperty("alsoIn").EnumerateArray());
        var area = evaluations[1].GetProperty("areas")[0];
        var before = evaluations[0].GetProperty("areas")[0].GetProperty("score").GetDecimal();
        Assert.Equal(area.GetProperty("score").GetDecimal() - before, area.GetProperty("change").GetDecimal());
        Assert.Equal(64, evaluations[1].GetProperty("documentSha").GetString()!.Length);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("revisionChanges").ValueKind);
    }

    [Fact]
    public void Municipality_Charts_AreWrittenAsPngAndSvg()
    {
        var png = Path.Combine(_folder, "trend.png");
        var svg = Path.Combine(_folder, "spider.svg");

        Ok("trends", "--db", Db, "--municipality", "Kungälv", "--chart", png, "--spider", svg, "--year", "2016");

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png)[..4]);
        var text = File.ReadAllText(svg);
        Assert.Contains("<svg", text, StringComparison.Ordinal);
        Assert.Contains("Kungälv 2016", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Area_Table_ShowsDistributionRankingAndImprovement()
    {
        var output = Ok("trends", "--db", Db, "--area", "1").Output;

        Assert.Contains("Distribution per year", output, StringComparison.Ordinal);
        Assert.Contains("Malmö", output, StringComparison.Ordinal);
        Assert.Contains("Most improved", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--municipality|Atlantis", ExitCodes.UserError, "'Atlantis' is not a municipality")]
    [InlineData("--municipality|Kungälv|--chart|trend.gif", ExitCodes.Usage, "a chart is a .png or .svg file")]
    public void Mistakes_AreOneLineErrors(string words, int exitCode, string expected)
    {
        var result = KompassProcess.Run(["trends", "--db", Db, .. words.Split('|')]);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    private static KompassProcess.Result Ok(params string[] args)
    {
        var result = KompassProcess.Run(args);
        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        return result;
    }
}
