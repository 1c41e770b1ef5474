namespace Kompass.Ingest.Ocr.Tests;

public sealed class BoldLinesTests
{
    [Fact]
    public void Find_LineWithStrokesTwiceAsWide_IsBold()
    {
        // Four lines of 20 px tall strokes every 10 px; the third is drawn with 4 px stems, the others with 2 px.
        var (width, height) = (400, 200);
        var pixels = Enumerable.Repeat((byte)230, width * height).ToArray();
        var words = new List<OcrWord>();
        for (var line = 0; line < 4; line++)
        {
            var (top, stem) = (10 + (line * 45), line == 2 ? 4 : 2);
            for (var x = 20; x < 380; x += 10)
            {
                for (var y = top; y < top + 20; y++)
                {
                    for (var dx = 0; dx < stem; dx++)
                    {
                        pixels[(y * width) + x + dx] = 20;
                    }
                }
            }

            words.Add(new OcrWord(1, 1, line + 1, "Styrkor", 15, top, 370, 20, 95));
        }

        var sizes = words.ToDictionary(w => w.LineKey, _ => 11.0);

        var sut = BoldLines.Find(words, GreyImage.Of(width, height, pixels), sizes);

        Assert.Equal([(1, 1, 3)], sut);
    }

    [Fact]
    public void Find_EvenStrokes_NoLineIsBold()
    {
        var (width, height) = (100, 40);
        var pixels = Enumerable.Repeat((byte)230, width * height).ToArray();
        for (var x = 5; x < 95; x += 6)
        {
            for (var y = 5; y < 30; y++)
            {
                pixels[(y * width) + x] = 0;
                pixels[(y * width) + x + 1] = 0;
            }
        }

        var words = new List<OcrWord> { new(1, 1, 1, "minimum", 0, 0, 100, 40, 95) };

        var sut = BoldLines.Find(words, GreyImage.Of(width, height, pixels), words.ToDictionary(w => w.LineKey, _ => 11.0));

        Assert.Empty(sut);
    }
}
