using System.Buffers.Binary;
using System.IO.Compression;

namespace Kompass.Ingest.Ocr;

/// <summary>
/// A page image as 8-bit grey pixels, row by row from the top-left: what the renderer writes
/// (<c>pdftoppm -gray -png</c>, which stores its grey as 8-bit RGB), read back so that the words'
/// ink can be measured (<see cref="StrokeWeight"/>). Only 8-bit grey or RGB, non-interlaced PNGs
/// are read (RGB as the mean of its channels); anything else is null.
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

    /// <summary>The pixels of <paramref name="png"/>, or null when it is not an 8-bit grey or RGB, non-interlaced PNG.</summary>
    public static GreyImage? Decode(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        if (PngSize.Of(png) is not { } size || png.Length < 29 || png[24] != 8 || png[25] is not (0 or 2) || png[28] != 0)
        {
            return null;
        }

        var channels = png[25] == 2 ? 3 : 1;
        using var compressed = new MemoryStream();
        for (var at = 8; at + 8 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (length < 0 || at + 12 + length > png.Length)
            {
                return null;
            }

            if (png.AsSpan(at + 4, 4).SequenceEqual("IDAT"u8))
            {
                compressed.Write(png, at + 8, length);
            }

            at += 12 + length;
        }

        compressed.Position = 0;
        var (width, height) = size;
        var stride = (width * channels) + 1;
        var raw = new byte[stride * height];
        try
        {
            using var inflate = new ZLibStream(compressed, CompressionMode.Decompress);
            inflate.ReadExactly(raw);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            return null;
        }

        if (Unfilter(raw, stride - 1, height, channels) is not { } bytes)
        {
            return null;
        }

        var pixels = new byte[width * height];
        for (var i = 0; i < pixels.Length; i++)
        {
            var sum = 0;
            for (var k = 0; k < channels; k++)
            {
                sum += bytes[(i * channels) + k];
            }

            pixels[i] = (byte)(sum / channels);
        }

        return new GreyImage(width, height, pixels);
    }

    // Each row starts with its filter byte (PNG 1.2, section 9); the byte the filters call "left"
    // is one pixel (channels bytes) back.
    private static byte[]? Unfilter(byte[] raw, int rowBytes, int height, int channels)
    {
        var pixels = new byte[rowBytes * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (rowBytes + 1)];
            for (var x = 0; x < rowBytes; x++)
            {
                var value = raw[(y * (rowBytes + 1)) + 1 + x];
                var a = x >= channels ? pixels[(y * rowBytes) + x - channels] : 0;
                var b = y > 0 ? pixels[((y - 1) * rowBytes) + x] : 0;
                var c = x >= channels && y > 0 ? pixels[((y - 1) * rowBytes) + x - channels] : 0;
                int? predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => null,
                };
                if (predictor is not { } p)
                {
                    return null;
                }

                pixels[(y * rowBytes) + x] = (byte)(value + p);
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
