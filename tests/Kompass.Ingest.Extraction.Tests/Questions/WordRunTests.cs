using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Extraction.Questions;

namespace Kompass.Ingest.Extraction.Tests.Questions;

public sealed class WordRunTests
{
    private static Word At(string text, double left, double bottom)
        => new(text, new BoundingBox(left, bottom, left + 10, bottom + 8), "Arial", 8, false);

    [Fact]
    public void Split_GroupedLine_RunsAtGapsAsWideAsTheGapLeftToRight()
    {
        // Words out of order and a word printed twice at one place: the line as WordLine.Group orders it is split as it is.
        Word[] words = [At("70", 100, 100), At("Har", 12, 100), At("1.1", 0, 100), At("%", 112, 101), At("70", 100, 100)];
        var line = WordLine.Group(words, 2).Single();

        var runs = WordRun.Split(3, 7, line, 20);

        Assert.Equal(["1.1 Har", "70 70 %"], runs.Select(r => r.Text));
        Assert.All(runs, r => Assert.Equal((3, 7), (r.Row, r.Page)));
        Assert.Equal(70m, WordRun.Split(0, 1, WordLine.Group([At("70", 0, 0)], 2).Single(), 20).Single().Number?.Value);
    }

    [Theory]
    [InlineData(true, "%")]
    [InlineData(true, " % ")]
    [InlineData(true, " ", "%")]
    [InlineData(true, "%", "")]
    [InlineData(false, "70", "%")]
    [InlineData(false, "%", "%")]
    [InlineData(false, "70 %")]
    [InlineData(false, " ")]
    public void IsPercentSign_AsTheJoinedTextSays(bool expected, params string[] texts)
    {
        var run = new WordRun(0, 1, texts.Select((t, i) => At(t, 12 * i, 100)).ToList());

        Assert.Equal(expected, run.IsPercentSign);
        Assert.Equal(PrintedNumberParser.IsPercentSign(run.Text), run.IsPercentSign);
    }

    [Fact]
    public void SplitAll_GivesEachLineSplitWithItsIndexAsRow()
    {
        Word[] words = [At("1.1", 0, 120), At("Har", 12, 120), At("70", 100, 120), At("1.2", 0, 100), At("5", 100, 100), At("%", 112, 100)];
        var lines = WordLine.Group(words, 2);

        var runs = WordRun.SplitAll(lines, 4, 20);

        Assert.Equal(
            lines.SelectMany((l, i) => WordRun.Split(i, 4, l, 20)).Select(r => (r.Row, r.Page, r.Text, r.Box)),
            runs.Select(r => (r.Row, r.Page, r.Text, r.Box)));
        Assert.Equal(["1.1 Har", "70", "1.2", "5 %"], runs.Select(r => r.Text));
    }
}
