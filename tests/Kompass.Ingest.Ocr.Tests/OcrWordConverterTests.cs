namespace Kompass.Ingest.Ocr.Tests;

public sealed class OcrWordConverterTests
{
    [Fact]
    public void Convert_StraightPage_ScalesPixelsToPointsWithTheOriginAtTheBottomLeft()
    {
        // 1000 px across a 500 pt page: 2 px a point.
        var words = new[] { new OcrWord(1, 1, 1, "Max", 100, 200, 60, 20, 96) };

        var sut = OcrWordConverter.Convert(words, 1000, 2000, 500, 1000);

        var word = Assert.Single(sut);
        Assert.Equal((50, 890, 80, 900), (word.Box.Left, word.Box.Bottom, word.Box.Right, word.Box.Top));
        Assert.False(word.IsBold);
        Assert.Equal(OcrWordConverter.FontName, word.FontName);
        Assert.InRange(word.FontSize, 13, 15);
    }

    [Fact]
    public void Convert_WordWithADescender_StandsOnTheBaselineOfItsLine()
    {
        // "Poäng" reaches below the line with its "g"; "Max" stands on the baseline.
        var words = new[] { new OcrWord(1, 1, 1, "Poäng", 100, 200, 60, 26, 96), new OcrWord(1, 1, 1, "Max", 200, 200, 40, 20, 96) };

        var sut = OcrWordConverter.Convert(words, 1000, 2000, 500, 1000);

        Assert.Equal(sut[1].Box.Bottom, sut[0].Box.Bottom, 0.5);
        Assert.Equal(sut[1].Box.Top, sut[0].Box.Top, 0.01);
    }

    [Fact]
    public void Convert_SkewedLine_PutsItsWordsOnOneHeightAgain()
    {
        // A line falling 1 px every 100 px, as a sheet turned by about 0.6°.
        var words = Enumerable.Range(0, 8)
            .Select(i => new OcrWord(1, 1, 1, "ord" + i, 100 + (i * 100), 500 + i, 60, 20, 95))
            .ToList();

        var sut = OcrWordConverter.Convert(words, 1000, 1000, 1000, 1000);

        var bottoms = sut.Select(w => w.Box.Bottom).ToList();
        Assert.True(bottoms.Max() - bottoms.Min() < 0.5, string.Join(", ", bottoms));
    }
}
