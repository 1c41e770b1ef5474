using System.Globalization;
using Kompass.Ingest.Corpus.Pdf;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>
/// A spider (radar) chart: one axis per area starting at the top and going clockwise, rings at
/// 20, 40 … 100 with their ticks on the first axis, one polygon per series, axis labels around
/// the outside and a legend below. Every label is text.
/// </summary>
public static class SpiderChart
{
    private const double LabelWidth = 118;

    /// <summary>Draws the chart centred in the column at the cursor and moves the cursor below it.</summary>
    public static void Draw(FlowWriter flow, IReadOnlyList<string> axisLabels, IReadOnlyList<ChartSeries> series, FontSpec font, double radius = 120)
    {
        Guard.NotNull(flow);
        Guard.NotNull(axisLabels);
        Guard.NotNull(series);
        var canvas = flow.Canvas;
        var n = axisLabels.Count;
        Guard.That(n >= 3, "a spider chart needs at least three axes");
        var total = (2 * radius) + 90 + (series.Count * FlowWriter.LineHeight(font));
        flow.EnsureSpace(total);
        var cx = flow.Left + (flow.Width / 2);
        var cy = flow.Y + radius + 34;

        for (var ring = 20; ring <= 100; ring += 20)
        {
            canvas.StrokePolygon(Polygon(cx, cy, radius * ring / 100.0, Enumerable.Repeat(100m, n).ToList()), 0.4, RgbColour.Grey(185));
        }

        for (var i = 0; i < n; i++)
        {
            var (x, y) = Point(cx, cy, radius, i, n, 100);
            canvas.Line(cx, cy, x, y, 0.4, RgbColour.Grey(185));
        }

        for (var tick = 100; tick >= 0; tick -= 20)
        {
            canvas.Text(cx + 3, cy - (radius * tick / 100.0) + (font.Size / 3), tick.ToString(CultureInfo.InvariantCulture), font.WithSize(font.Size - 1));
        }

        foreach (var line in series)
        {
            canvas.StrokePolygon(Polygon(cx, cy, radius, line.Values), 1.6, line.Colour, line.Dashed);
        }

        for (var i = 0; i < n; i++)
        {
            Label(canvas, cx, cy, radius, i, n, axisLabels[i], font);
        }

        var legendY = cy + radius + 50;
        foreach (var line in series)
        {
            canvas.Line(cx - 60, legendY - (font.Size / 3), cx - 40, legendY - (font.Size / 3), 1.6, line.Colour, line.Dashed);
            canvas.Text(cx - 34, legendY, line.Name, font);
            legendY += FlowWriter.LineHeight(font);
        }

        flow.Y = legendY + 6;
    }

    private static void Label(PdfCanvas canvas, double cx, double cy, double radius, int index, int count, string text, FontSpec font)
    {
        var angle = Angle(index, count);
        var (x, y) = (cx + ((radius + 10) * Math.Cos(angle)), cy + ((radius + 10) * Math.Sin(angle)));
        var lines = canvas.Wrap(text, font, LabelWidth);
        var lineHeight = font.Size * 1.15;
        var firstBaseline = Math.Sin(angle) switch
        {
            < -0.5 => y - ((lines.Count - 1) * lineHeight) - 3,
            > 0.5 => y + font.Size + 2,
            _ => y - ((lines.Count * lineHeight) / 2) + font.Size,
        };
        for (var l = 0; l < lines.Count; l++)
        {
            var baseline = firstBaseline + (l * lineHeight);
            switch (Math.Cos(angle))
            {
                case > 0.2:
                    canvas.Text(x, baseline, lines[l], font);
                    break;
                case < -0.2:
                    canvas.TextRightAligned(x, baseline, lines[l], font);
                    break;
                default:
                    canvas.TextCentred(x, baseline, lines[l], font);
                    break;
            }
        }
    }

    private static List<(double X, double Y)> Polygon(double cx, double cy, double radius, IReadOnlyList<decimal> values)
        => values.Select((v, i) => Point(cx, cy, radius, i, values.Count, (double)Math.Clamp(v, 0, 100))).ToList();

    private static (double X, double Y) Point(double cx, double cy, double radius, int index, int count, double value)
    {
        var angle = Angle(index, count);
        return (cx + (radius * value / 100.0 * Math.Cos(angle)), cy + (radius * value / 100.0 * Math.Sin(angle)));
    }

    // Axis 0 points up (y grows downwards on the page) and the rest follow clockwise.
    private static double Angle(int index, int count) => (-Math.PI / 2) + (2 * Math.PI * index / count);
}
