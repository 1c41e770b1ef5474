using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Tests.Families.Unscored;

public sealed class RasterTests
{
    [Fact]
    public void Fill_Square_InkInsideAndPaperOutside()
    {
        var sut = new GreyBitmap(20, 20);
        sut.Clear(255);

        sut.Fill([[(5, 5), (15, 5), (15, 15), (5, 15)]], 0);

        Assert.Equal(0, sut.Pixels[(10 * 20) + 10]);
        Assert.Equal(255, sut.Pixels[(2 * 20) + 2]);
        Assert.Equal(255, sut.Pixels[(10 * 20) + 17]);
    }

    [Fact]
    public void Fill_HalfCoveredPixel_IsGrey()
    {
        var sut = new GreyBitmap(4, 4);
        sut.Clear(255);

        sut.Fill([[(0, 0), (1.5, 0), (1.5, 4), (0, 4)]], 0);

        Assert.InRange(sut.Pixels[(2 * 4) + 1], 120, 135);
    }

    [Fact]
    public void Outline_SwedishLetters_ComposeTheirDiacritics()
    {
        var sut = new TrueTypeFont(new SystemFontResolver().GetFont("LiberationSerif-Regular.ttf")!);

        var plain = sut.Outline(sut.GlyphIndex('a'));
        var ring = sut.Outline(sut.GlyphIndex('å'));
        var dots = sut.Outline(sut.GlyphIndex('ö'));

        Assert.NotEmpty(plain);
        Assert.True(ring.Count > plain.Count);
        Assert.True(dots.Count >= 3);
        Assert.True(ring.SelectMany(p => p).Max(p => p.Y) > plain.SelectMany(p => p).Max(p => p.Y));
        Assert.True(sut.Advance(sut.GlyphIndex('m')) > sut.Advance(sut.GlyphIndex('i')));
    }

    [Fact]
    public void Encode_Bitmap_IsAPngOfTheSameSize()
    {
        var bitmap = new GreyBitmap(33, 7);
        bitmap.Clear(200);

        var sut = PngEncoder.Encode(bitmap);

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, sut[..4]);
        using var image = PdfSharp.Drawing.XImage.FromStream(new MemoryStream(sut));
        Assert.Equal(33, image.PixelWidth);
        Assert.Equal(7, image.PixelHeight);
    }
}
