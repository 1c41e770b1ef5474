namespace Kompass.Ingest.Ocr.Tests;

public sealed class TesseractTsvTests
{
    [Fact]
    public void Parse_WordRows_KeepsOnlyWordsWithTextAndTheirBoxes()
    {
        var tsv = FakeEngine.Tsv(
            "1\t1\t0\t0\t0\t0\t0\t0\t1654\t2339\t-1\t",
            "4\t1\t1\t1\t1\t0\t238\t97\t300\t19\t-1\t",
            FakeEngine.Row(1, 1, "Poäng:", 1274, 384, 108, 30),
            FakeEngine.Row(1, 2, " ", 1400, 384, 10, 30));

        var sut = TesseractTsv.Parse(tsv);

        var word = Assert.Single(sut);
        Assert.Equal(("Poäng:", 1274, 384, 108, 30), (word.Text, word.Left, word.Top, word.Width, word.Height));
    }
}
