using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Ocr.Tests;

public sealed class OcrWordCorrectorTests
{
    private static readonly OcrWordCorrector Sut = new(["Poäng", "STYRKOR", "FÖRBÄTTRINGSOMRÅDEN", "Offentlighet och demokrati"]);

    [Theory]
    [InlineData("5O", "50")]
    [InlineData("l00", "100")]
    [InlineData("4,S", "4,5")]
    [InlineData("1.l", "1.1")]
    [InlineData("8B%", "88%")]
    [InlineData("4:2", "4.2")]
    [InlineData("Poang:", "Poäng:")]
    [InlineData("STYRK0R", "STYRKOR")]
    [InlineData("FÖRBATTRINGSOMRADEN", "FÖRBÄTTRINGSOMRÅDEN")]
    [InlineData("0ffentlighet", "Offentlighet")]
    public void Correct_TypicalConfusion_IsCorrected(string printed, string expected)
        => Assert.Equal(expected, Sut.Correct([Word(printed)])[0].Text);

    [Theory]
    [InlineData("OS")]
    [InlineData("Il")]
    [InlineData("områden")]
    [InlineData("demokratin")]
    [InlineData("Styrning")]
    [InlineData("2002-10-27")]
    [InlineData("Poäng")]
    public void Correct_OrdinaryWordOrRightWord_IsLeftAlone(string printed)
        => Assert.Equal(printed, Sut.Correct([Word(printed)])[0].Text);

    private static Word Word(string text) => new(text, new BoundingBox(0, 0, 10, 10), "OCR", 11, false);
}
