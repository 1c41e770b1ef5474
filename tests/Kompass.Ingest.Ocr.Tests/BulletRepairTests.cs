namespace Kompass.Ingest.Ocr.Tests;

public sealed class BulletRepairTests
{
    [Theory]
    [InlineData("«")]
    [InlineData("»«")]
    [InlineData("\"")]
    public void Repair_QuoteLikeGlyphOpeningALine_IsABullet(string printed)
    {
        var words = Line(printed, "Medborgardialog");

        Assert.Equal(["•", "Medborgardialog"], BulletRepair.Repair(words).Select(w => w.Text));
    }

    [Fact]
    public void Repair_StrayQuoteOnTheFirstWord_GoesWithTheBullet()
    {
        var words = Line("»", "\"De", "förtroendevaldas", "roll");

        Assert.Equal(["•", "De", "förtroendevaldas", "roll"], BulletRepair.Repair(words).Select(w => w.Text));
    }

    [Fact]
    public void Repair_QuotedWordAfterTheBullet_KeepsItsQuotes()
    {
        var words = Line("«", "\"Lean\"", "införs");

        Assert.Equal(["•", "\"Lean\"", "införs"], BulletRepair.Repair(words).Select(w => w.Text));
    }

    [Fact]
    public void Repair_QuoteInsideALine_IsLeftAlone()
    {
        var words = Line("Kallas", "«", "Lean");

        Assert.Equal(["Kallas", "«", "Lean"], BulletRepair.Repair(words).Select(w => w.Text));
    }

    private static List<OcrWord> Line(params string[] texts)
        => texts.Select((t, i) => new OcrWord(1, 1, 1, t, 180 + (i * 120), 600, 100, 19, 90)).ToList();
}
