using Kompass.Ingest.Corpus.Pdf;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>
/// Writes two finding lists side by side (STYRKOR left, FÖRBÄTTRINGSOMRÅDEN right), as some
/// later reports do. Per page the left column reaches the content stream before the right one,
/// as a typesetter's column frames do; when either runs out of room both continue on the next page.
/// </summary>
public static class ColumnPairWriter
{
    /// <summary>Writes the pair at the cursor; <paramref name="gutter"/> points between the columns.</summary>
    public static void Write(
        FlowWriter flow, (string Title, IReadOnlyList<string> Items) left, (string Title, IReadOnlyList<string> Items) right,
        FontSpec titleFont, ListStyle style, double gutter = 18)
    {
        Guard.NotNull(flow);
        Guard.NotNull(style);
        var columnWidth = (flow.Width - gutter) / 2;
        var leftLines = new Queue<ColumnLine>(Lines(flow.Canvas, left.Title, left.Items, titleFont, style, columnWidth));
        var rightLines = new Queue<ColumnLine>(Lines(flow.Canvas, right.Title, right.Items, titleFont, style, columnWidth));
        flow.EnsureSpace(FlowWriter.LineHeight(titleFont) + (3 * FlowWriter.LineHeight(style.Font)));
        while (leftLines.Count > 0 || rightLines.Count > 0)
        {
            var top = flow.Y;
            var bottom = flow.Canvas.PageHeight - flow.Margins.Bottom;
            var leftEnd = DrawColumn(flow, leftLines, flow.Left, top, bottom);
            var rightEnd = DrawColumn(flow, rightLines, flow.Left + columnWidth + gutter, top, bottom);
            flow.Y = Math.Max(leftEnd, rightEnd);
            if (leftLines.Count > 0 || rightLines.Count > 0)
            {
                flow.NewPage();
            }
        }

        flow.Space(8);
    }

    private static double DrawColumn(FlowWriter flow, Queue<ColumnLine> lines, double x, double top, double bottom)
    {
        var y = top;
        while (lines.Count > 0 && y + lines.Peek().GapBefore + FlowWriter.LineHeight(lines.Peek().Font) <= bottom)
        {
            var line = lines.Dequeue();
            y += line.GapBefore + line.Font.Size;
            if (line.Marker.Length > 0)
            {
                flow.Canvas.Text(x + line.MarkerX, y, line.Marker, line.Font);
            }

            flow.Canvas.Text(x + line.TextX, y, line.Text, line.Font);
            y += FlowWriter.LineHeight(line.Font) - line.Font.Size;
        }

        return y;
    }

    private static IEnumerable<ColumnLine> Lines(PdfCanvas canvas, string title, IReadOnlyList<string> items, FontSpec titleFont, ListStyle style, double width)
    {
        yield return new ColumnLine(title, titleFont, string.Empty, 0, 0, 0);
        var hang = style.IsBare ? 0 : style.Hang;
        for (var i = 0; i < items.Count; i++)
        {
            var wrapped = canvas.Wrap(items[i], style.Font, width - style.Indent - hang);
            for (var l = 0; l < wrapped.Count; l++)
            {
                var gap = l == 0 ? (i == 0 ? 3 : style.ItemGap) : 0;
                yield return new ColumnLine(wrapped[l], style.Font, l == 0 ? style.MarkerFor(i) : string.Empty, style.Indent, style.Indent + hang, gap);
            }
        }
    }

    private sealed record ColumnLine(string Text, FontSpec Font, string Marker, double MarkerX, double TextX, double GapBefore);
}
