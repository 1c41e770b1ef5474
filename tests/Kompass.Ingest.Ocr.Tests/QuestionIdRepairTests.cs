namespace Kompass.Ingest.Ocr.Tests;

public sealed class QuestionIdRepairTests
{
    [Fact]
    public void Repair_NextIdWithoutItsPoint_GetsItBack()
    {
        var words = Rows(("2.2", "Hur"), ("23", "Hur"));

        Assert.Equal("2.3", QuestionIdRepair.Repair(words)[2].Text);
    }

    [Fact]
    public void Repair_NextIdWithACommaForItsPoint_GetsThePointBack()
    {
        var words = Rows(("4.5", "Hur"), ("4,6", "Bedriver"));

        Assert.Equal("4.6", QuestionIdRepair.Repair(words)[2].Text);
    }

    [Fact]
    public void Repair_CommaNumberOutOfTheSequence_IsLeftAlone()
    {
        var words = Rows(("4.5", "Hur"), ("4,8", "Bedriver"));

        Assert.Equal("4,8", QuestionIdRepair.Repair(words)[2].Text);
    }

    [Theory]
    [InlineData("2.2", "25")]
    [InlineData("3.2", "23")]
    public void Repair_NumberOutOfTheSequence_IsLeftAlone(string above, string printed)
    {
        var words = Rows((above, "Hur"), (printed, "Hur"));

        Assert.Equal(printed, QuestionIdRepair.Repair(words)[2].Text);
    }

    [Fact]
    public void Repair_NumberFollowedByANumber_IsLeftAlone()
    {
        var words = Rows(("2.2", "Hur"), ("23", "45"));

        Assert.Equal("23", QuestionIdRepair.Repair(words)[2].Text);
    }

    // One table row a line: an id (or what OCR made of it) and the word after it.
    private static List<OcrWord> Rows(params (string Id, string Next)[] rows)
        => rows.SelectMany((r, i) => new[]
        {
            new OcrWord(1, 1, i + 1, r.Id, 190, 600 + (i * 45), 40, 19, 90),
            new OcrWord(1, 1, i + 1, r.Next, 245, 600 + (i * 45), 50, 19, 96),
        }).ToList();
}
