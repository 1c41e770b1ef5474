using SkiaSharp;

namespace Kompass.Ingest.Ocr;

/// <summary>
/// Cuts boxes out of a page image, each as a PNG of its own at the page's resolution, so that the
/// engine can read one word alone. The page is decoded once for all its boxes. Boxes are clipped
/// to the image; an image SkiaSharp cannot decode gives no crops.
/// </summary>
public static class PngCrop
{
    /// <summary>
    /// The PNG of each box (left, top, width, height in pixels) of <paramref name="png"/>, in order,
    /// enlarged <paramref name="scale"/> times (cubic resampling); empty when it cannot be decoded.
    /// </summary>
    public static IReadOnlyList<byte[]> Crops(byte[] png, IReadOnlyList<(int Left, int Top, int Width, int Height)> boxes, int scale = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        ArgumentNullException.ThrowIfNull(png);
        ArgumentNullException.ThrowIfNull(boxes);
        using var codec = SKCodec.Create(new SKMemoryStream(png));
        using var page = codec is null ? null : SKBitmap.Decode(codec);
        if (page is null)
        {
            return [];
        }

        var crops = new List<byte[]>(boxes.Count);
        foreach (var (left, top, width, height) in boxes)
        {
            var box = SKRectI.Intersect(new SKRectI(left, top, left + width, top + height), new SKRectI(0, 0, page.Width, page.Height));
            using var part = new SKBitmap();
            if (box.IsEmpty || !page.ExtractSubset(part, box))
            {
                return [];
            }

            using var scaled = scale == 1 ? part.Copy() : part.Resize(new SKImageInfo(box.Width * scale, box.Height * scale, part.ColorType, part.AlphaType), new SKSamplingOptions(SKCubicResampler.Mitchell));
            using var image = SKImage.FromBitmap(scaled);
            using var data = image.Encode(SKEncodedImageFormat.Png, 100);
            crops.Add(data.ToArray());
        }

        return crops;
    }
}
