using System.Buffers.Binary;
using System.IO.Compression;

namespace Kompass.Ingest.Ocr.Tests;

public sealed class GreyImageTests
{
    [Fact]
    public void Decode_GreyPngWithFilteredRows_GivesThePixels()
    {
        // Three rows, filtered as None, Sub and Up: the decoder must undo each.
        byte[] pixels = [10, 20, 30, 40, 50, 60, 70, 80, 90];
        var rows = new byte[][]
        {
            [0, 10, 20, 30],
            [1, 40, 10, 10],
            [2, 30, 30, 30],
        };

        var sut = GreyImage.Decode(Png(3, 3, colourType: 0, rows))!;

        Assert.Equal(pixels, sut.Pixels);
        Assert.Equal(80, sut.At(1, 2));
    }

    [Fact]
    public void Decode_RgbPngWithSubFilter_GivesTheMeanOfTheChannels()
    {
        // pdftoppm -gray -png writes grey as RGB; Sub takes the byte one pixel (three bytes) back.
        var sut = GreyImage.Decode(Png(2, 1, colourType: 2, [[1, 10, 20, 30, 5, 5, 5]]))!;

        Assert.Equal([20, 25], sut.Pixels);
    }

    [Fact]
    public void Decode_PalettePng_IsNull()
    {
        var sut = GreyImage.Decode(Png(1, 1, colourType: 3, [[0, 1]]));

        Assert.Null(sut);
    }

    // A PNG of the given rows (each its filter byte first); the CRCs are left zero, as the decoder does not read them.
    internal static byte[] Png(int width, int height, byte colourType, byte[][] rows)
    {
        using var idat = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionLevel.Fastest, leaveOpen: true))
        {
            foreach (var row in rows)
            {
                z.Write(row);
            }
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        (header[8], header[9]) = (8, colourType);
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", idat.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(MemoryStream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        png.Write(System.Text.Encoding.ASCII.GetBytes(type));
        png.Write(data);
        png.Write(new byte[4]);
    }
}
