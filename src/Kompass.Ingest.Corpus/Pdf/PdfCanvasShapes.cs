using System.Collections.Concurrent;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Kompass.Ingest.Corpus.Pdf;

/// <summary>
/// Additive drawing on a <see cref="PdfCanvas"/> that its own surface does not cover: coloured
/// text and fills, polygons and dashed lines (charts, coloured headings). Same coordinates as the
/// canvas: points, origin at the top-left.
/// </summary>
public static class PdfCanvasShapes
{
    // XFont is independent of any document, so one instance per request can serve every canvas.
    private static readonly ConcurrentDictionary<FontSpec, XFont> Fonts = new();

    /// <summary>Draws <paramref name="text"/> in <paramref name="colour"/> with its baseline at <paramref name="baseline"/>.</summary>
    public static void Text(this PdfCanvas canvas, double x, double baseline, string text, FontSpec font, RgbColour colour)
        => canvas.Graphics.DrawString(text, Font(font), new XSolidBrush(Xc(colour)), x, baseline);

    /// <summary>Draws coloured <paramref name="text"/> so that it ends at <paramref name="right"/>.</summary>
    public static void TextRightAligned(this PdfCanvas canvas, double right, double baseline, string text, FontSpec font, RgbColour colour)
        => canvas.Text(right - canvas.Measure(text, font), baseline, text, font, colour);

    /// <summary>Draws coloured <paramref name="text"/> centred on <paramref name="centre"/>.</summary>
    public static void TextCentred(this PdfCanvas canvas, double centre, double baseline, string text, FontSpec font, RgbColour colour)
        => canvas.Text(centre - (canvas.Measure(text, font) / 2), baseline, text, font, colour);

    /// <summary>Fills a rectangle with <paramref name="colour"/>.</summary>
    public static void FillRectangle(this PdfCanvas canvas, double x, double top, double width, double height, RgbColour colour)
        => canvas.Graphics.DrawRectangle(new XSolidBrush(Xc(colour)), x, top, width, height);

    /// <summary>Draws a line in <paramref name="colour"/>, dashed when <paramref name="dashed"/>.</summary>
    public static void Line(this PdfCanvas canvas, double x1, double y1, double x2, double y2, double thickness, RgbColour colour, bool dashed = false)
        => canvas.Graphics.DrawLine(Pen(thickness, colour, dashed), x1, y1, x2, y2);

    /// <summary>Strokes the closed polygon through <paramref name="points"/>.</summary>
    public static void StrokePolygon(this PdfCanvas canvas, IReadOnlyList<(double X, double Y)> points, double thickness, RgbColour colour, bool dashed = false)
        => canvas.Graphics.DrawPolygon(Pen(thickness, colour, dashed), Points(points));

    /// <summary>Fills the polygon through <paramref name="points"/>.</summary>
    public static void FillPolygon(this PdfCanvas canvas, IReadOnlyList<(double X, double Y)> points, RgbColour colour)
        => canvas.Graphics.DrawPolygon(new XSolidBrush(Xc(colour)), Points(points), XFillMode.Winding);

    private static XPen Pen(double thickness, RgbColour colour, bool dashed)
        => new(Xc(colour), thickness) { DashStyle = dashed ? XDashStyle.Dash : XDashStyle.Solid };

    private static XPoint[] Points(IReadOnlyList<(double X, double Y)> points) => points.Select(p => new XPoint(p.X, p.Y)).ToArray();

    private static XColor Xc(RgbColour colour) => XColor.FromArgb(colour.R, colour.G, colour.B);

    private static XFont Font(FontSpec spec) => Fonts.GetOrAdd(spec, s =>
    {
        var style = (s.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular) | (s.Italic ? XFontStyleEx.Italic : XFontStyleEx.Regular);
        return new XFont(s.Family, s.Size, style, new XPdfFontOptions(PdfFontEncoding.Unicode));
    });
}
