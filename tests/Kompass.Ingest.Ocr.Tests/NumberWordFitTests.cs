namespace Kompass.Ingest.Ocr.Tests;

public sealed class NumberWordFitTests
{
    // A summary table at 200 dpi: digits 22 px tall, about 14.5 px wide.
    private static readonly OcrWord[] Table =
    [
        Word(1, "1.", 241, 19), Word(1, "76", 1103, 30), Word(1, "100", 1205, 44), Word(1, "54", 1415, 29),
        Word(2, "3.", 241, 20), Word(2, "59", 1104, 29), Word(2, "100", 1206, 44), Word(2, "67", 1415, 30),
        Word(3, "Poäng", 1048, 85, height: 29), Word(3, "4.2", 241, 36),
    ];

    [Fact]
    public void Misfits_FittingNumbersIdsAndWords_AreNone()
    {
        Assert.Empty(NumberWordFit.Misfits(Table));
    }

    [Fact]
    public void Misfits_OneDigitInATwoDigitBox_IsFoundWithThePagesDigitWidth()
    {
        var misread = Word(4, "5", 1106, 29);

        var (word, digitWidth) = Assert.Single(NumberWordFit.Misfits([.. Table, Word(4, "7.", 243, 20), misread, Word(4, "100", 1208, 44), Word(4, "63", 1416, 30)]));

        Assert.Same(misread, word);
        Assert.InRange(digitWidth, 14.5, 15.0);
    }

    [Fact]
    public void Misfits_StrayBracketInATallBox_IsFoundAtItsLinesHeight()
    {
        var misread = Word(4, "55)", 1104, 33, height: 37);

        var found = NumberWordFit.Misfits([.. Table, Word(4, "2.", 240, 21), misread, Word(4, "100", 1206, 43)]);

        Assert.Equal([misread], found.Select(f => f.Word));
    }

    [Fact]
    public void Misfits_AFittingNumberReadUnsure_IsFound()
    {
        // "53" whose 3 Tesseract could not make out: "05", two digits in a two-digit box.
        var unsure = Word(4, "05", 1106, 29, confidence: 28);

        var found = NumberWordFit.Misfits([.. Table, Word(4, "5.", 241, 20), unsure, Word(4, "100", 1206, 44)]);

        Assert.Equal([unsure], found.Select(f => f.Word));
    }

    [Fact]
    public void Misfits_ADecimalCommaIsHalfADigit_SoAHalfPointScoreFits()
    {
        // "42,5" in Times at 200 dpi: three figures and a comma, 54 px where a figure is 14.5.
        Assert.Empty(NumberWordFit.Misfits([.. Table, Word(4, "2.", 241, 20), Word(4, "42,5", 1088, 54), Word(4, "100", 1206, 44)]));
    }

    [Fact]
    public void Misfits_LoneNumberInRunningText_IsNone()
    {
        Assert.Empty(NumberWordFit.Misfits([.. Table, Word(4, "punkt", 100, 70), Word(4, "2)", 180, 15), Word(4, "ovan", 210, 60)]));
    }

    [Fact]
    public void Misfits_TooFewCleanNumbersOfTheSize_AreNone()
    {
        Assert.Empty(NumberWordFit.Misfits([Word(1, "76", 1103, 30), Word(1, "100", 1205, 44), Word(2, "5", 1106, 29)]));
    }

    [Theory]
    [InlineData("5", "55", 29, "55")]
    [InlineData("55)", "59", 33, "59")]
    [InlineData("36)", "53", 29, "53")]
    [InlineData("5", "5", 29, null)]
    [InlineData("5", "555", 29, null)]
    [InlineData("5", "5.5.", 29, null)]
    [InlineData("1.", "1", 19, null)]
    [InlineData("5", "", 29, null)]
    public void Accept_TakesACleanNumberThatFitsClearlyBetter(string first, string reread, int width, string? expected)
    {
        Assert.Equal(expected, NumberWordFit.Accept(first, reread, width, 14.5));
    }

    [Theory]
    [InlineData("53", "59,5", 53, false, "59,5")]
    [InlineData("05", "53", 29, true, "53")]
    [InlineData("05", "53", 29, false, null)]
    [InlineData("12,5", "125", 51, true, null)]
    [InlineData("12", "7", 29, true, null)]
    public void Accept_AnUnsureFirstReading_GivesWayToAReadingThatFitsAsWell(string first, string reread, int width, bool unsure, string? expected)
    {
        Assert.Equal(expected, NumberWordFit.Accept(first, reread, width, 14.5, unsure));
    }

    [Theory]
    [InlineData("55)", true)]
    [InlineData("5O", true)]
    [InlineData("4.2", true)]
    [InlineData("Poäng", false)]
    [InlineData("Sl", false)]
    [InlineData("2010-06-18x", false)]
    public void IsNumberLike_DigitsWithLookalikesOrPunctuationOnly(string text, bool expected)
    {
        Assert.Equal(expected, NumberWordFit.IsNumberLike(text));
    }

    private static OcrWord Word(int line, string text, int left, int width, int height = 22, double confidence = 95)
        => new(1, 1, line, text, left, 400 + (50 * line), width, height, confidence);
}
