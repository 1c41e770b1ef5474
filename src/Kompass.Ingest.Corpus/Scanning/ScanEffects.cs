using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Scanning;

/// <summary>
/// Makes a clean page image look scanned: turned by a small angle (a sheet never lies straight on
/// the glass), grey paper, a lid shadow along one edge and dust specks. Sparse on purpose: noise in
/// every pixel would make the images, and so the committed sample, many times larger.
/// </summary>
public static class ScanEffects
{
    /// <summary>The scanned look of <paramref name="page"/>, turned by up to <paramref name="maxDegrees"/> either way.</summary>
    public static GreyBitmap Apply(GreyBitmap page, Random random, double maxDegrees)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(random);
        var angle = (random.NextDouble() * 2 - 1) * maxDegrees * Math.PI / 180;
        var paper = (byte)random.Next(232, 246);
        var turned = Rotate(page, angle, paper);
        Shadow(turned, random.Next(2) == 0);
        Specks(turned, random);
        return turned;
    }

    // Bilinear resampling about the centre; paper shows where the sheet does not reach.
    private static GreyBitmap Rotate(GreyBitmap source, double angle, byte paper)
    {
        var result = new GreyBitmap(source.Width, source.Height);
        var (cx, cy) = (source.Width / 2.0, source.Height / 2.0);
        var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
        var scale = paper / 255.0;
        for (var y = 0; y < result.Height; y++)
        {
            for (var x = 0; x < result.Width; x++)
            {
                var (dx, dy) = (x - cx, y - cy);
                var sx = (dx * cos) + (dy * sin) + cx;
                var sy = (-dx * sin) + (dy * cos) + cy;
                result.Pixels[(y * result.Width) + x] = (byte)Math.Round(Sample(source, sx, sy) * scale);
            }
        }

        return result;
    }

    private static double Sample(GreyBitmap b, double x, double y)
    {
        var (x0, y0) = ((int)Math.Floor(x), (int)Math.Floor(y));
        var (fx, fy) = (x - x0, y - y0);
        double At(int px, int py) => px < 0 || py < 0 || px >= b.Width || py >= b.Height ? 255 : b.Pixels[(py * b.Width) + px];
        var top = (At(x0, y0) * (1 - fx)) + (At(x0 + 1, y0) * fx);
        var bottom = (At(x0, y0 + 1) * (1 - fx)) + (At(x0 + 1, y0 + 1) * fx);
        return (top * (1 - fy)) + (bottom * fy);
    }

    private static void Shadow(GreyBitmap bitmap, bool left)
    {
        var width = Math.Max(8, bitmap.Width / 90);
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var i = 0; i < width; i++)
            {
                bitmap.Blend(left ? i : bitmap.Width - 1 - i, y, 0.5 * (width - i) / width, 90);
            }
        }
    }

    private static void Specks(GreyBitmap bitmap, Random random)
    {
        var count = bitmap.Width * bitmap.Height / 12_000;
        for (var speck = 0; speck < count; speck++)
        {
            var (x, y) = (random.Next(bitmap.Width), random.Next(bitmap.Height));
            bitmap.Blend(x, y, 0.3 + (random.NextDouble() * 0.6), 40);
            if (random.Next(3) == 0)
            {
                bitmap.Blend(x + 1, y, 0.4, 40);
                bitmap.Blend(x, y + 1, 0.3, 40);
            }
        }
    }
}
