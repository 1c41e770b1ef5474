using SkiaSharp;

namespace Kompass.Ingest.Ocr;

/// <summary>
/// A page image as 8-bit grey pixels, row by row from the top-left: what the renderer writes
/// (<c>pdftoppm -gray -png</c>), read back so that the words' ink can be measured
/// (<see cref="StrokeWeight"/>). Decoding is SkiaSharp's; any image it can read is converted to grey.
/// </summary>
public sealed class GreyImage
{
    private GreyImage(int width, int height, byte[] pixels) => (Width, Height, Pixels) = (width, height, pixels);

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>Width × Height grey values, 0 black to 255 white.</summary>
    public byte[] Pixels { get; }

    /// <summary>The grey value at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public byte At(int x, int y) => Pixels[(y * Width) + x];

    /// <summary>An image of the given pixels (tests build images this way).</summary>
    public static GreyImage Of(int width, int height, byte[] pixels)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        ArgumentOutOfRangeException.ThrowIfNotEqual(pixels.Length, width * height);
        return new GreyImage(width, height, pixels);
    }

    /// <summary>The grey pixels of the encoded image <paramref name="encoded"/> (PNG from the renderer), or null when it cannot be decoded.</summary>
    public static GreyImage? Decode(byte[] encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        // SKBitmap.Decode throws on bytes no codec recognises; SKCodec.Create says null instead.
        using var codec = SKCodec.Create(new SKMemoryStream(encoded));
        using var decoded = codec is null ? null : SKBitmap.Decode(codec);
        if (decoded is null)
        {
            return null;
        }

        // Skia's codecs give grey output only for grey sources, and pdftoppm -gray writes RGB;
        // so decode as the image is, then convert (equal channels keep their value).
        var info = new SKImageInfo(decoded.Width, decoded.Height, SKColorType.Gray8, SKAlphaType.Opaque);
        using var bitmap = decoded.ColorType == SKColorType.Gray8 ? decoded.Copy() : decoded.Copy(SKColorType.Gray8);
        if (bitmap is null)
        {
            return null;
        }

        // Skia may pad each row; copy Width bytes from each RowBytes-long row.
        var pixels = new byte[info.Width * info.Height];
        var source = bitmap.GetPixelSpan();
        for (var y = 0; y < info.Height; y++)
        {
            source.Slice(y * bitmap.RowBytes, info.Width).CopyTo(pixels.AsSpan(y * info.Width));
        }

        return new GreyImage(info.Width, info.Height, pixels);
    }
}
