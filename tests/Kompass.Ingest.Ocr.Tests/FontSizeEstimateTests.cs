namespace Kompass.Ingest.Ocr.Tests;

public sealed class FontSizeEstimateTests
{
    [Fact]
    public void PerLine_WordMadeTallByASpeck_DoesNotSetTheLinesSize()
    {
        // A header line: "RAPPORT" with a speck beside it (31 px), the date as printed (17 px).
        var words = new[] { new OcrWord(1, 1, 1, "RAPPORT", 216, 102, 120, 31, 96), new OcrWord(1, 1, 1, "2010-11-25", 1335, 103, 150, 17, 95) };

        var size = FontSizeEstimate.PerLine(words, 72.0 / 200)[(1, 1, 1)];

        Assert.Equal(8.5, size);
    }

    [Fact]
    public void PerLine_WrappedLineOfWordsThatOnlyDescend_TakesTheBodySize()
    {
        // A list item's last line at 250 dpi in 10 pt: "upp" spans the x-height and a descender
        // (0.74 em, 26 px), "löpande" ascender to descender (0.93 em, 32 px).
        var words = new[]
        {
            new OcrWord(1, 1, 1, "Det", 234, 1113, 45, 25, 96), new OcrWord(1, 1, 1, "finns", 290, 1113, 70, 25, 96),
            new OcrWord(1, 1, 2, "upp", 234, 1139, 48, 26, 96), new OcrWord(1, 1, 2, "löpande", 290, 1133, 105, 32, 96),
        };

        var sizes = FontSizeEstimate.PerLine(words, 72.0 / 250);

        Assert.Equal(10, sizes[(1, 1, 1)]);
        Assert.Equal(10, sizes[(1, 1, 2)]);
    }

    [Fact]
    public void PerLine_HeadingInOneParagraphWithItsText_KeepsItsOwnSize()
    {
        var words = new[]
        {
            new OcrWord(1, 1, 1, "Område", 200, 100, 140, 30, 96),
            new OcrWord(1, 1, 2, "Rubriker", 200, 150, 140, 23, 96),
            new OcrWord(1, 1, 3, "Styrsystem", 200, 190, 160, 23, 96),
        };

        var sizes = FontSizeEstimate.PerLine(words, 72.0 / 200);

        Assert.True(sizes[(1, 1, 1)] > sizes[(1, 1, 2)]);
        Assert.Equal(sizes[(1, 1, 2)], sizes[(1, 1, 3)]);
    }
}
