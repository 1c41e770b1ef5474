using System.Globalization;
using Kompass.Ingest.Corpus.Pdf;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>
/// A horizontal bar chart: one labelled bar per area, its value at the bar's end and the 0–100
/// axis ticks underneath, all in the text layer.
/// </summary>
public static class BarChart
{
    /// <summary>Draws the chart at the cursor and moves the cursor below it; <paramref name="labelWidth"/> points for the labels.</summary>
    public static void Draw(FlowWriter flow, string caption, IReadOnlyList<ChartBar> bars, FontSpec font, RgbColour fill, double labelWidth = 170)
    {
        Guard.NotNull(flow);
        Guard.NotNull(bars);
        var canvas = flow.Canvas;
        var rowHeight = font.Size * 2.8;
        var captionFont = font.WithSize(font.Size + 1).AsBold();
        flow.EnsureSpace(FlowWriter.LineHeight(captionFont) + (bars.Count * rowHeight) + 40);

        var y = flow.Y + captionFont.Size + 4;
        canvas.Text(flow.Left, y, caption, captionFont);
        var plotTop = y + 10;
        var plotLeft = flow.Left + labelWidth;
        var plotWidth = flow.Width - labelWidth - 30;
        for (var i = 0; i < bars.Count; i++)
        {
            var rowTop = plotTop + (i * rowHeight);
            var labelLines = canvas.Wrap(bars[i].Label, font, labelWidth - 8);
            for (var l = 0; l < Math.Min(2, labelLines.Count); l++)
            {
                canvas.Text(flow.Left, rowTop + font.Size + (l * font.Size * 1.1), labelLines[l], font);
            }

            var length = plotWidth * (double)Math.Clamp(bars[i].Value, 0, 100) / 100.0;
            canvas.FillRectangle(plotLeft, rowTop + 2, length, rowHeight - 6, fill);
            canvas.Text(plotLeft + length + 4, rowTop + (rowHeight / 2) + (font.Size / 3), SwedishFormat.Score(bars[i].Value), font);
        }

        var axisY = plotTop + (bars.Count * rowHeight);
        canvas.Line(plotLeft, plotTop - 2, plotLeft, axisY, 0.5);
        canvas.Line(plotLeft, axisY, plotLeft + plotWidth, axisY, 0.5);
        for (var tick = 0; tick <= 100; tick += 20)
        {
            var x = plotLeft + (plotWidth * tick / 100.0);
            canvas.Line(x, axisY, x, axisY + 3, 0.5);
            canvas.TextCentred(x, axisY + font.Size + 4, tick.ToString(CultureInfo.InvariantCulture), font);
        }

        flow.Y = axisY + font.Size + 16;
    }
}
