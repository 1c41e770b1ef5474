namespace Kompass.Ingest.Ocr.Tests;

public sealed class RuleArtefactsTests
{
    [Fact]
    public void Remove_UnsureDashInsideALine_IsARuleAndGoes()
    {
        var words = Line(("1.4", 90, 20), ("—", 22, 39), ("Hur", 96, 20), ("främjas", 96, 20));

        Assert.Equal(["1.4", "Hur", "främjas"], RuleArtefacts.Remove(words).Select(w => w.Text));
    }

    [Fact]
    public void Remove_DashOpeningALine_IsABulletAndStays()
    {
        var words = Line(("—", 30, 20), ("Utveckla", 96, 20), ("arbetet", 96, 20));

        Assert.Equal(["—", "Utveckla", "arbetet"], RuleArtefacts.Remove(words).Select(w => w.Text));
    }

    [Fact]
    public void Remove_SureDashInsideALine_IsPunctuationAndStays()
    {
        var words = Line(("2010", 96, 20), ("–", 91, 20), ("2012", 96, 20));

        Assert.Equal(["2010", "–", "2012"], RuleArtefacts.Remove(words).Select(w => w.Text));
    }

    [Fact]
    public void Remove_VerticalBarAtTheRowsEnd_Goes()
    {
        var words = Line(("Max", 94, 19), ("Procent", 95, 19), ("|", 97, 49));

        Assert.Equal(["Max", "Procent"], RuleArtefacts.Remove(words).Select(w => w.Text));
    }

    [Theory]
    [InlineData("|2.", "2.")]
    [InlineData("[3.2", "3.2")]
    public void Remove_RuleGluedToATallWordsStart_IsCutOffAndTheWordTakesItsLinesHeight(string printed, string expected)
    {
        var words = Line((printed, 44, 47), ("Styrs", 96, 19), ("kommunen", 96, 19), ("av", 96, 19));

        var first = RuleArtefacts.Remove(words)[0];

        Assert.Equal(expected, first.Text);
        Assert.Equal(19, first.Height);
        Assert.True(first.Left > words[0].Left);
    }

    [Fact]
    public void Remove_BarGluedToAWordOfOrdinaryHeight_IsCutOff()
    {
        var words = Line(("|2.", 44, 36), ("Samhällsutveckling", 88, 36), ("Max", 96, 19));

        Assert.Equal("2.", RuleArtefacts.Remove(words)[0].Text);
    }

    [Fact]
    public void Remove_OrdinaryWordOpeningWithAnL_IsLeftAlone()
    {
        var words = Line(("lön", 96, 20), ("och", 96, 20), ("villkor", 96, 20));

        Assert.Equal(["lön", "och", "villkor"], RuleArtefacts.Remove(words).Select(w => w.Text));
    }

    private static List<OcrWord> Line(params (string Text, double Confidence, int Height)[] cells)
    {
        var words = new List<OcrWord>();
        var left = 200;
        foreach (var (text, confidence, height) in cells)
        {
            words.Add(new OcrWord(1, 1, 1, text, left, 300, 20 * text.Length, height, confidence));
            left += (20 * text.Length) + 12;
        }

        return words;
    }
}
