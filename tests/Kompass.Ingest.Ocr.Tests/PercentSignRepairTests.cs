namespace Kompass.Ingest.Ocr.Tests;

public sealed class PercentSignRepairTests
{
    [Theory]
    [InlineData("Yo", 80)]
    [InlineData("NP", 50)]
    [InlineData("4", 39)]
    public void Repair_MisreadSignAfterAPercentage_IsJoinedAsPercent(string sign, double confidence)
    {
        var words = WithSign(Row(("13", 96), ("15", 96), ("83", 94)), sign, confidence);

        var sut = PercentSignRepair.Repair(words);

        Assert.Equal(["1.1", "13", "15", "83%"], sut.Select(w => w.Text));
    }

    [Fact]
    public void Repair_LowConfidenceDigitAColumnAway_IsAnotherCellNotASign()
    {
        // "8  5": the max column's "15" read as a lone "5" of low confidence, far right of the score.
        var words = Row(("8", 96), ("5", 38));

        Assert.Equal(["1.1", "8", "5"], PercentSignRepair.Repair(words).Select(w => w.Text));
    }

    [Fact]
    public void Repair_DigitsBesideTheRowsPercentage_AreItsSign()
    {
        var words = WithSign(Row(("12", 96), ("15", 96), ("80", 96)), "96", 69);

        Assert.Equal(["1.1", "12", "15", "80%"], PercentSignRepair.Repair(words).Select(w => w.Text));
    }

    [Fact]
    public void Repair_DigitsBesideANumberThatIsNotThePercentage_AreLeftAlone()
    {
        var words = WithSign(Row(("12", 96), ("15", 96), ("60", 96)), "96", 69);

        Assert.Equal(["1.1", "12", "15", "60", "96"], PercentSignRepair.Repair(words).Select(w => w.Text));
    }

    [Theory]
    [InlineData("43N", 0.35, "43%")]
    [InlineData("450", 59.8, "45%")]
    [InlineData("4840", 44.6, "48%")]
    [InlineData("100", 96, "100")]
    [InlineData("4590", 96, "45%")]
    [InlineData("4396", 96, "43%")]
    [InlineData("45940", 72, "45%")]
    [InlineData("9N", 20, "9N")]
    public void Repair_SignGluedToThePercentage_BecomesPercent(string printed, double confidence, string expected)
    {
        var words = Row(("9", 96), ("20", 96), (printed, confidence));

        Assert.Equal(expected, PercentSignRepair.Repair(words)[^1].Text);
    }

    [Theory]
    [InlineData("35", "20", "7840", 51, "78%")]
    [InlineData("23", "20", "28920", 51, "28%")]
    [InlineData("5", "20", "5390", 51, "53%")]
    [InlineData("42,5", "100", "43200", 56, "43%")] // a bold total: wider than the width says, so the score decides
    [InlineData("49", "100", "53", 28, "53")] // a summary row's national mean, read unsure: a number as it stands
    public void Repair_SignGluedToThePercentage_IsCutWhereTheBoxWidthSaysTheDigitsEnd(string score, string max, string printed, int width, string expected)
    {
        // A 2002 table at 200 dpi, figures about 13 px wide: "15,5" misread as "35", "5,5" as "23".
        var page = new List<OcrWord>
        {
            new(1, 1, 1, "1.1", 248, 994, 32, 20, 96), new(1, 1, 1, "11", 1170, 999, 24, 20, 96), new(1, 1, 1, "20", 1290, 1000, 26, 20, 96),
            new(1, 1, 2, "1.3", 248, 1132, 32, 20, 96), new(1, 1, 2, "12", 1169, 1132, 25, 20, 96), new(1, 1, 2, "20", 1290, 1133, 26, 20, 96),
            new(1, 1, 3, "1.2", 248, 1083, 32, 20, 96), new(1, 1, 3, score, 1148, 1083, 47, 24, 37), new(1, 1, 3, max, 1290, 1084, 27, 20, 96),
            new(1, 1, 3, printed, 1399, 1084, width, 21, 52),
        };

        Assert.Equal(expected, PercentSignRepair.Repair(page)[^1].Text);
    }

    [Fact]
    public void Repair_NumberThatEndsTheRow_IsLeftAlone()
    {
        var words = Row(("13", 96), ("15", 96), ("83", 94));

        Assert.Equal(["1.1", "13", "15", "83"], PercentSignRepair.Repair(words).Select(w => w.Text));
    }

    // The sign printed right after the last number, a few pixels away.
    private static List<OcrWord> WithSign(List<OcrWord> row, string sign, double confidence)
    {
        var last = row[^1];
        row.Add(new OcrWord(1, 1, 1, sign, last.Left + last.Width + 4, 300, 18, 19, confidence));
        return row;
    }

    private static List<OcrWord> Row(params (string Text, double Confidence)[] cells)
    {
        var words = new List<OcrWord> { new(1, 1, 1, "1.1", 100, 300, 40, 19, 96) };
        var left = 1200;
        foreach (var (text, confidence) in cells)
        {
            words.Add(new OcrWord(1, 1, 1, text, left, 300, 21, 19, confidence));
            left += 60;
        }

        return words;
    }
}
