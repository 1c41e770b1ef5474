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

    [Theory]
    [InlineData("0")]
    [InlineData("O")]
    public void Repair_SmallRoundGlyphBeforeACapitalisedWord_IsABullet(string printed)
    {
        // The 2010 layout's "o" bullet, 15 px tall, read as a zero before "Det", 21 px tall.
        var words = new List<OcrWord> { new(1, 1, 1, printed, 246, 1872, 15, 15, 59), new(1, 1, 1, "Det", 286, 1868, 42, 21, 71), new(1, 1, 1, "saknas", 340, 1868, 80, 21, 71) };

        Assert.Equal(["•", "Det", "saknas"], BulletRepair.Repair(words).Select(w => w.Text));
    }

    [Fact]
    public void Repair_ZeroAsTallAsTheWordAfterIt_StaysAZero()
    {
        var words = new List<OcrWord> { new(1, 1, 1, "0", 246, 1868, 14, 21, 90), new(1, 1, 1, "Poäng", 286, 1868, 70, 21, 90) };

        Assert.Equal(["0", "Poäng"], BulletRepair.Repair(words).Select(w => w.Text));
    }

    private static List<OcrWord> Line(params string[] texts)
        => texts.Select((t, i) => new OcrWord(1, 1, 1, t, 180 + (i * 120), 600, 100, 19, 90)).ToList();
}
