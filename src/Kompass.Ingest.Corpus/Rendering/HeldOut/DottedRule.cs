using Kompass.Ingest.Corpus.Pdf;
using PdfSharp.Drawing;

namespace Kompass.Ingest.Corpus.Rendering.HeldOut;

/// <summary>A horizontal dotted rule, which neither <see cref="PdfCanvas"/> nor its shapes draw.</summary>
internal static class DottedRule
{
    /// <summary>Draws a dotted grey line from <paramref name="x1"/> to <paramref name="x2"/> at <paramref name="y"/> (points from the top).</summary>
    public static void Draw(PdfCanvas canvas, double x1, double x2, double y, double thickness = 0.5, byte grey = 110)
    {
        var pen = new XPen(XColor.FromArgb(grey, grey, grey), thickness) { DashStyle = XDashStyle.Dot };
        canvas.Graphics.DrawLine(pen, x1, y, x2, y);
    }
}
