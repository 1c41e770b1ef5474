using System.Buffers.Binary;

namespace Kompass.Ingest.Ocr;

/// <summary>Reads a PNG's pixel size from its header (the IHDR chunk that every PNG starts with).</summary>
internal static class PngSize
{
    /// <summary>Width and height in pixels, or null when <paramref name="png"/> is not a PNG.</summary>
    public static (int Width, int Height)? Of(ReadOnlySpan<byte> png)
    {
        // 8-byte signature, 4-byte chunk length, "IHDR", then width and height big-endian.
        if (png.Length < 24 || png[0] != 0x89 || png[1] != (byte)'P' || png[12] != (byte)'I' || png[13] != (byte)'H')
        {
            return null;
        }

        return (BinaryPrimitives.ReadInt32BigEndian(png[16..]), BinaryPrimitives.ReadInt32BigEndian(png[20..]));
    }
}
