using System.Globalization;
using Kompass.Ingest.Corpus.Pdf;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>
/// A vertical bar chart of area scores on a 0–100 axis, drawn as text and shapes so that the
/// caption, the axis ticks ("100 80 60 40 20 0") and the bar values land in the text layer, as
/// in the charts pasted into real reports.
/// </summary>
public static class ColumnChart
{
    private static readonly int[] Ticks = [100, 80, 60, 40, 20, 0];

    /// <summary>Draws the chart at the cursor, <paramref name="height"/> points tall, and moves the cursor below it.</summary>
    public static void Draw(FlowWriter flow, string caption, IReadOnlyList<ChartBar> bars, FontSpec font, RgbColour fill, double height = 190, bool labels = false)
    {
        Guard.NotNull(flow);
        Guard.NotNull(bars);
        var canvas = flow.Canvas;
        var captionFont = font.WithSize(font.Size + 2).AsBold();
        var total = height + FlowWriter.LineHeight(captionFont) + (labels ? 2 * FlowWriter.LineHeight(font) : 0) + 16;
        flow.EnsureSpace(total);

        var top = flow.Y + 6;
        canvas.TextCentred(flow.Left + (flow.Width / 2), top + captionFont.Size, caption, captionFont);
        var plotTop = top + FlowWriter.LineHeight(captionFont) + 10;
        var plotLeft = flow.Left + 30;
        var plotWidth = flow.Width - 40;
        var plotHeight = height - 20;
        foreach (var tick in Ticks)
        {
            var y = plotTop + (plotHeight * (100 - tick) / 100.0);
            canvas.TextRightAligned(plotLeft - 5, y + (font.Size / 3), tick.ToString(CultureInfo.InvariantCulture), font);
            canvas.Line(plotLeft, y, plotLeft + plotWidth, y, 0.3, RgbColour.Grey(190), dashed: tick != 0);
        }

        var slot = plotWidth / Math.Max(1, bars.Count);
        for (var i = 0; i < bars.Count; i++)
        {
            var value = (double)Math.Clamp(bars[i].Value, 0, 100);
            var barHeight = plotHeight * value / 100.0;
            var x = plotLeft + (i * slot) + (slot * 0.2);
            canvas.FillRectangle(x, plotTop + plotHeight - barHeight, slot * 0.6, barHeight, fill);
            canvas.TextCentred(x + (slot * 0.3), plotTop + plotHeight - barHeight - 3, SwedishFormat.Score(bars[i].Value), font);
            if (labels && bars[i].Label.Length > 0)
            {
                canvas.TextCentred(x + (slot * 0.3), plotTop + plotHeight + font.Size + 3, bars[i].Label, font);
            }
        }

        flow.Y = top + total - 6;
    }
}
