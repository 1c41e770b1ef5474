using Kompass.Ingest.Domain.Guards;
using PdfSharp.Drawing;

namespace Kompass.Ingest.Corpus.Pdf;

/// <summary>
/// Makes a PDF whose only page is a raster image of printed text, as a flatbed scan produces it:
/// real letter shapes from a TrueType font, a slightly skewed page, an off-white background,
/// specks and a shaded edge. The page has no text layer at all (no font, no text operators), so
/// text can only come from OCR.
/// </summary>
public static class ScannedPage
{
    private const double Dpi = 120;
    private const double Margin = 70;

    /// <summary>The one-page PDF; the same lines and random sequence give the same bytes.</summary>
    public static byte[] Render(IReadOnlyList<ScanLine> lines, Random random)
    {
        Guard.NotNull(lines);
        Guard.NotNull(random);
        using var canvas = new PdfCanvas();
        var bitmap = Draw(lines, canvas.PageWidth, canvas.PageHeight, random);
        canvas.NewPage();
        using (var image = XImage.FromStream(new MemoryStream(PngEncoder.Encode(bitmap))))
        {
            canvas.Graphics.DrawImage(image, 0, 0, canvas.PageWidth, canvas.PageHeight);
        }

        return canvas.Save();
    }

    /// <summary>Draws the page at 120 dpi.</summary>
    public static GreyBitmap Draw(IReadOnlyList<ScanLine> lines, double pageWidth, double pageHeight, Random random)
    {
        Guard.NotNull(lines);
        Guard.NotNull(random);
        var scale = Dpi / 72;
        var bitmap = new GreyBitmap((int)(pageWidth * scale), (int)(pageHeight * scale));
        bitmap.Clear((byte)random.Next(236, 247));
        var fonts = new SystemFontResolver();
        var regular = new TrueTypeFont(fonts.GetFont("LiberationSerif-Regular.ttf")!);
        var bold = new TrueTypeFont(fonts.GetFont("LiberationSerif-Bold.ttf")!);
        var angle = (random.NextDouble() - 0.5) * 1.2 * Math.PI / 180;
        var (cx, cy) = (bitmap.Width / 2.0, bitmap.Height / 2.0);
        var ink = (byte)random.Next(25, 55);
        var y = Margin;
        foreach (var line in lines)
        {
            var font = line.Bold ? bold : regular;
            y += line.SpaceBefore;
            foreach (var text in Wrap(font, line.Text, line.Size, pageWidth - (2 * Margin) - line.Indent))
            {
                y += line.Size * 1.3;
                var pen = Margin + line.Indent;
                var polygons = new List<IReadOnlyList<(double X, double Y)>>();
                foreach (var c in text)
                {
                    var glyph = font.GlyphIndex(c);
                    var units = line.Size / font.UnitsPerEm;
                    foreach (var polygon in font.Outline(glyph))
                    {
                        polygons.Add(polygon.Select(p => Rotate(((pen + (p.X * units)) * scale, (y - (p.Y * units)) * scale), cx, cy, angle)).ToList());
                    }

                    pen += font.Advance(glyph) * units;
                }

                bitmap.Fill(polygons, ink);
            }
        }

        Blemish(bitmap, random);
        return bitmap;
    }

    private static IEnumerable<string> Wrap(TrueTypeFont font, string text, double size, double width)
    {
        var current = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && candidate.Sum(c => font.Advance(font.GlyphIndex(c))) * size / font.UnitsPerEm > width)
            {
                yield return current;
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0)
        {
            yield return current;
        }
    }

    private static (double X, double Y) Rotate((double X, double Y) p, double cx, double cy, double angle)
    {
        var (dx, dy) = (p.X - cx, p.Y - cy);
        return (cx + (dx * Math.Cos(angle)) - (dy * Math.Sin(angle)), cy + (dx * Math.Sin(angle)) + (dy * Math.Cos(angle)));
    }

    // A scanner's lid shadow along one edge and dust on the glass.
    private static void Blemish(GreyBitmap bitmap, Random random)
    {
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < 18; x++)
            {
                bitmap.Blend(x, y, 0.5 * (18 - x) / 18.0, 90);
            }
        }

        for (var speck = 0; speck < 400; speck++)
        {
            var (x, y) = (random.Next(bitmap.Width), random.Next(bitmap.Height));
            bitmap.Blend(x, y, 0.3 + (random.NextDouble() * 0.6), 40);
            if (random.Next(4) == 0)
            {
                bitmap.Blend(x + 1, y, 0.4, 40);
            }
        }
    }
}
