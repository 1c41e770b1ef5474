using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Rendering.HeldOut;

/// <summary>
/// The summary table of the held-out family: one box around the whole table, a solid rule under
/// the header and above the sum row, dotted rules between the rows and no vertical lines. Column
/// 0 is a narrow area number, column 1 the area name (wrapping), the rest right-aligned numbers
/// set on the last line of their row. The table is kept on one page.
/// </summary>
internal static class SummaryBox
{
    private const double PadX = 5;
    private const double PadY = 3.5;
    private const double NumberColumn = 22;
    private const double MinNumberWidth = 54;

    /// <summary>Draws the table at the cursor; returns the page it is on.</summary>
    /// <param name="flow">The flow to draw on.</param>
    /// <param name="headers">One header per column, beginning with the number and name columns.</param>
    /// <param name="rows">Cells of each area row.</param>
    /// <param name="sum">Cells of the sum row, or null when none is printed.</param>
    public static int Write(FlowWriter flow, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<string>? sum)
    {
        var widths = Widths(flow, headers);
        var lefts = widths.Select((_, i) => flow.Left + widths.Take(i).Sum()).ToList();
        var all = AllRows(headers, rows, sum);
        var heights = all.Select((r, i) => RowHeight(flow, r, widths[1], IsBold(i, all.Count, sum))).ToList();
        flow.EnsureSpace(heights.Sum() + 6);

        var canvas = flow.Canvas;
        var top = flow.Y;
        var y = top;
        for (var r = 0; r < all.Count; r++)
        {
            var bold = IsBold(r, all.Count, sum);
            if (sum is not null && r == all.Count - 1)
            {
                canvas.Line(flow.Left, y, flow.Right, y, 0.6);
            }
            else if (r > 1)
            {
                DottedRule.Draw(canvas, flow.Left, flow.Right, y);
            }

            DrawRow(flow, all[r], lefts, widths, y, heights[r], bold ? HeldOutStyle.TableBold : HeldOutStyle.Table);
            y += heights[r];
            if (r == 0)
            {
                canvas.Line(flow.Left, y, flow.Right, y, 0.6);
            }
        }

        canvas.StrokeRectangle(flow.Left, top, flow.Width, y - top, 0.9);
        flow.Y = y;
        return flow.Page;
    }

    /// <summary>The height the table will take, so that a caption can be kept with it.</summary>
    public static double Height(FlowWriter flow, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<string>? sum)
    {
        var widths = Widths(flow, headers);
        var all = AllRows(headers, rows, sum);
        return all.Select((r, i) => RowHeight(flow, r, widths[1], IsBold(i, all.Count, sum))).Sum();
    }

    private static List<double> Widths(FlowWriter flow, IReadOnlyList<string> headers)
    {
        var numberWidths = headers.Skip(2).Select(h => Math.Max(MinNumberWidth, flow.Canvas.Measure(h, HeldOutStyle.TableBold) + (2 * PadX) + 8)).ToList();
        var widths = new List<double> { NumberColumn, flow.Width - NumberColumn - numberWidths.Sum() };
        widths.AddRange(numberWidths);
        return widths;
    }

    private static List<IReadOnlyList<string>> AllRows(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<string>? sum)
        => rows.Prepend(headers).Concat(sum is null ? [] : [sum]).ToList();

    private static bool IsBold(int row, int count, IReadOnlyList<string>? sum) => row == 0 || (sum is not null && row == count - 1);

    private static double RowHeight(FlowWriter flow, IReadOnlyList<string> cells, double nameWidth, bool bold)
    {
        var font = bold ? HeldOutStyle.TableBold : HeldOutStyle.Table;
        var lines = Math.Max(1, flow.Canvas.Wrap(cells[1], font, nameWidth - (2 * PadX)).Count);
        return (lines * FlowWriter.LineHeight(font)) + (2 * PadY);
    }

    private static void DrawRow(FlowWriter flow, IReadOnlyList<string> cells, IReadOnlyList<double> lefts, IReadOnlyList<double> widths, double top, double height, FontSpec font)
    {
        var canvas = flow.Canvas;
        var nameLines = canvas.Wrap(cells[1], font, widths[1] - (2 * PadX));
        var firstBaseline = top + PadY + font.Size;
        for (var l = 0; l < nameLines.Count; l++)
        {
            canvas.Text(lefts[1] + PadX, firstBaseline + (l * FlowWriter.LineHeight(font)), nameLines[l], font);
        }

        if (cells[0].Length > 0)
        {
            canvas.TextRightAligned(lefts[0] + widths[0] - PadX, firstBaseline, cells[0], font);
        }

        // Scores sit on the row's last line, as in a table pasted from a spreadsheet.
        var lastBaseline = top + height - PadY - (FlowWriter.LineHeight(font) - font.Size);

        for (var c = 2; c < cells.Count; c++)
        {
            if (cells[c].Length > 0)
            {
                canvas.TextRightAligned(lefts[c] + widths[c] - PadX - 4, lastBaseline, cells[c], font);
            }
        }
    }
}
