using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Rendering.HeldOut;

/// <summary>
/// A horizontal bar per area (labelled by area number only) with the national mean as a black
/// tick across the bar, an axis 0–100 below and a small legend. Values are not printed on the
/// bars: the chart repeats the table and should add no numbers an extractor could mistake for scores
/// beyond the axis ticks.
/// </summary>
internal static class ScoreChart
{
    private const double BarHeight = 9;
    private const double RowPitch = 15;
    private const double LabelWidth = 64;
    private static readonly RgbColour BarFill = new(126, 170, 150);

    /// <summary>One bar: the area number, its score and the mean (null when none is printed).</summary>
    public sealed record Bar(int Number, decimal Value, decimal? Mean);

    /// <summary>Draws the chart at the cursor with <paramref name="ownLabel"/> and <paramref name="meanLabel"/> in the legend.</summary>
    public static void Draw(FlowWriter flow, IReadOnlyList<Bar> bars, string ownLabel, string? meanLabel)
    {
        var font = HeldOutStyle.Table;
        var height = (bars.Count * RowPitch) + 52;
        flow.EnsureSpace(height);
        var canvas = flow.Canvas;
        var left = flow.Left + LabelWidth;
        var width = flow.Width - LabelWidth - 40;
        var top = flow.Y + 6;
        for (var i = 0; i < bars.Count; i++)
        {
            var y = top + (i * RowPitch);
            canvas.TextRightAligned(left - 8, y + BarHeight - 1, "Område " + HeldOutText.Number(bars[i].Number), font);
            canvas.FillRectangle(left, y, width * Fraction(bars[i].Value), BarHeight, BarFill);
            if (bars[i].Mean is { } mean)
            {
                var x = left + (width * Fraction(mean));
                canvas.Line(x, y - 2, x, y + BarHeight + 2, 1.4);
            }
        }

        var axis = top + (bars.Count * RowPitch) + 2;
        canvas.Line(left, axis, left + width, axis, 0.5);
        for (var tick = 0; tick <= 100; tick += 20)
        {
            var x = left + (width * tick / 100.0);
            canvas.Line(x, axis, x, axis + 3, 0.5);
            canvas.TextCentred(x, axis + 12, HeldOutText.Number(tick), font);
        }

        var legend = axis + 28;
        canvas.FillRectangle(left, legend - 7, 14, 7, BarFill);
        canvas.Text(left + 18, legend, ownLabel, font);
        if (meanLabel is not null)
        {
            var x = left + 40 + canvas.Measure(ownLabel, font);
            canvas.Line(x + 6, legend - 9, x + 6, legend + 1, 1.4);
            canvas.Text(x + 12, legend, meanLabel, font);
        }

        flow.Y = legend + 14;
    }

    private static double Fraction(decimal value) => Math.Clamp((double)value / 100.0, 0, 1);
}
