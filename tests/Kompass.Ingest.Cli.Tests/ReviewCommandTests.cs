using System.Text.RegularExpressions;

namespace Kompass.Ingest.Cli.Tests;

/// <summary>
/// The review verbs end to end, as a reviewer types them, on two sample reports: Aneby 2019,
/// whose summary prints area 8 as 162 where its section says 62, and a Bollebygd report that also
/// exists as a copy with other scores (duplicate-report).
/// </summary>
public sealed partial class ReviewCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kompass-review-").FullName;

    public ReviewCommandTests()
    {
        var archive = Path.Combine(Repository.Root(), "corpus", "archive");
        foreach (var relative in new[] { "Aneby kommun/Kommunkompassen 2019.pdf", "Bollebygds kommun/Analys 2017.pdf", "Bollebygds kommun/Analys 2017 - kopia.pdf" })
        {
            var target = Path.Combine(Archive, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(archive, relative), target);
        }
    }

    private string Archive => Path.Combine(_folder, "archive");

    private string Db => Path.Combine(_folder, "kompass.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void CorrectAndDismiss_SurviveReextraction_AndLandInTheHistory()
    {
        Ok("ingest", Archive, "--db", Db);
        var queue = Ok("flags", "--db", Db).Output;
        Assert.Contains("score-out-of-range", queue, StringComparison.Ordinal);
        var duplicate = FlagId(queue, "duplicate-report");

        var show = Ok("show", "Aneby 2019", "--db", Db, "--area", "8").Output;
        Assert.Matches(@"areas\[8\]\.score\s+162\s+p\. 4", show);

        var correct = Ok("correct", "Aneby 2019", "areas[8].score", "62", "--reason", "summary misread", "--db", Db, "--reviewer", "Eva").Output;
        Assert.Contains("\"162\" → \"62\"", correct, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(correct, "^  resolved ", RegexOptions.Multiline));
        Ok("dismiss", duplicate, "--reason", "the copy really prints other scores", "--db", Db, "--reviewer", "Eva");

        Ok("ingest", Archive, "--db", Db, "--reextract");

        var open = Ok("flags", "--db", Db).Output;
        Assert.DoesNotContain("Aneby", open, StringComparison.Ordinal);
        Assert.DoesNotContain(duplicate, open, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(Ok("flags", "--db", Db, "--status", "resolved", "--municipality", "Aneby kommun").Output, " resolved "));
        Assert.Contains(duplicate, Ok("flags", "--db", Db, "--status", "dismissed").Output, StringComparison.Ordinal);
        Assert.Matches(@"areas\[8\]\.score\s+62\s+corrected; extracted ""162""\s+p\. 4", Ok("show", "Aneby 2019", "--db", Db, "--area", "8").Output);
        var history = Ok("history", "Aneby 2019", "--db", Db).Output;
        Assert.Contains("Eva  correct areas[8].score \"162\" → \"62\"  (\"summary misread\")", history, StringComparison.Ordinal);
    }

    [Fact]
    public void Undo_PutsTheExtractedValueBack()
    {
        Ok("ingest", Archive, "--db", Db);
        Ok("correct", "Aneby 2019", "areas[8].score", "62", "--reason", "summary misread", "--db", Db, "--reviewer", "Eva");

        Ok("undo", "Aneby 2019", "--reason", "wrong area", "--db", Db, "--reviewer", "Eva");

        Assert.Contains("score-out-of-range", Ok("flags", "--db", Db, "--municipality", "Aneby").Output, StringComparison.Ordinal);
        Assert.Contains("undo areas[8].score \"62\" → \"162\"", Ok("history", "Aneby 2019", "--db", Db).Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("correct|Aneby 2019|areas[8].score|many", "cannot correct areas[8].score: 'many' is not a number")]
    [InlineData("correct|Aneby 2019|areas[9].score|33", "'areas[9].score' is not a field")]
    [InlineData("correct|Atlantis 2019|year|2019", "'Atlantis' is not a municipality")]
    [InlineData("correct|Bollebygd 2017|year|2017", "'Bollebygd 2017' matches 2 documents")]
    [InlineData("dismiss|0000000000", "no flag has the id '0000000000'")]
    public void Mistakes_AreOneLineErrors_AndStoreNothing(string words, string expected)
    {
        Ok("ingest", Archive, "--db", Db);
        var args = words.Split('|').Concat(["--reason", "test", "--db", Db]).ToArray();

        var result = KompassProcess.Run(args);

        Assert.Equal(ExitCodes.UserError, result.ExitCode);
        Assert.Equal($"kompass: {expected}", result.Error.Trim().Split('\n').Single()[..$"kompass: {expected}".Length]);
        Assert.Contains("No corrections or decisions yet.", Ok("history", "Aneby 2019", "--db", Db).Output, StringComparison.Ordinal);
    }

    private static KompassProcess.Result Ok(params string[] args)
    {
        var result = KompassProcess.Run(args);
        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        return result;
    }

    private static string FlagId(string queue, string code)
        => queue.Split('\n').Where(line => line.Contains(code, StringComparison.Ordinal)).Select(line => FlagIdPattern().Match(line).Value).First();

    [GeneratedRegex("^[0-9a-f]{10}")]
    private static partial Regex FlagIdPattern();
}
