using SkiaSharp;

namespace Kompass.Ingest.Ocr.Tests;

public sealed class GreyImageTests
{
    [Fact]
    public void Decode_GreyPng_GivesThePixelsRowByRow()
    {
        // Width 3 is not a multiple of 4: a decoder that ignores row padding would shift the rows.
        byte[] pixels = [10, 20, 30, 40, 50, 60, 70, 80, 90];

        var sut = GreyImage.Decode(Png(3, 3, SKColorType.Gray8, (x, y) => pixels[(y * 3) + x]))!;

        Assert.Equal(pixels, sut.Pixels);
        Assert.Equal(80, sut.At(1, 2));
    }

    [Fact]
    public void Decode_RgbPngOfGrey_GivesTheGrey()
    {
        // pdftoppm -gray -png writes its grey as RGB with equal channels.
        var sut = GreyImage.Decode(Png(2, 1, SKColorType.Rgba8888, (x, _) => (byte)(x == 0 ? 20 : 200)))!;

        Assert.Equal([20, 200], sut.Pixels);
    }

    [Fact]
    public void Decode_NotAnImage_IsNull()
    {
        var sut = GreyImage.Decode("not a png"u8.ToArray());

        Assert.Null(sut);
    }

    // A PNG, encoded by SkiaSharp, whose pixel (x, y) has the grey value grey(x, y).
    private static byte[] Png(int width, int height, SKColorType colorType, Func<int, int, byte> grey)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, colorType, SKAlphaType.Opaque));
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var g = grey(x, y);
                bitmap.SetPixel(x, y, new SKColor(g, g, g));
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
