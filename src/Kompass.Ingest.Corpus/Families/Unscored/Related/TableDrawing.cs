using Kompass.Ingest.Corpus.Pdf;

namespace Kompass.Ingest.Corpus.Families.Unscored.Related;

/// <summary>
/// Draws a <see cref="TableBlock"/> into the current column of a <see cref="ColumnFlow"/>: caption,
/// a bold header between rules, the first column wrapped, the other columns right-aligned.
/// </summary>
public static class TableDrawing
{
    private const double MinimumSize = 6.5;

    /// <summary>Draws the table; rows that do not fit continue in the next column or page.</summary>
    public static void Draw(ColumnFlow flow, TableBlock table, FontSpec font)
    {
        if (table.Caption is { } caption)
        {
            flow.Heading(caption, font.AsBold(), spaceBefore: 6, spaceAfter: 2, keepWithNext: 4 * ColumnFlow.LineHeight(font));
        }

        // A narrow column shrinks the type until the longest word of the first column fits beside the figures.
        var (textWidth, figureWidth) = Widths(flow, table, font);
        while (font.Size > MinimumSize && textWidth - 6 < LongestWord(flow, table, font))
        {
            font = font.WithSize(font.Size - 0.5);
            (textWidth, figureWidth) = Widths(flow, table, font);
        }

        var bold = font.AsBold();
        DrawRow(flow, table.Header, bold, textWidth, figureWidth, ruleAbove: true);
        flow.Canvas.Line(flow.Left, flow.Y - (font.Size * 0.1), flow.Left + flow.Width, flow.Y - (font.Size * 0.1), 0.4);
        foreach (var row in table.Rows)
        {
            DrawRow(flow, row, font, textWidth, figureWidth, ruleAbove: false);
        }

        flow.Canvas.Line(flow.Left, flow.Y - (font.Size * 0.1), flow.Left + flow.Width, flow.Y - (font.Size * 0.1), 0.6);
        flow.Y += 8;
    }

    private static (double Text, double Figure) Widths(ColumnFlow flow, TableBlock table, FontSpec font)
    {
        var figure = table.Header.Skip(1).Concat(table.Rows.SelectMany(r => r.Skip(1)))
            .Select(text => flow.Canvas.Measure(text, font.AsBold()))
            .DefaultIfEmpty(0)
            .Max() + 10;
        return (flow.Width - ((table.Header.Count - 1) * figure), figure);
    }

    private static double LongestWord(ColumnFlow flow, TableBlock table, FontSpec font)
        => table.Rows.Select(r => r[0]).Append(table.Header[0])
            .SelectMany(text => text.Split(' '))
            .Max(word => flow.Canvas.Measure(word, font.AsBold()));

    private static void DrawRow(ColumnFlow flow, IReadOnlyList<string> cells, FontSpec font, double textWidth, double figureWidth, bool ruleAbove)
    {
        var lines = flow.Canvas.Wrap(cells[0], font, textWidth - 6);
        var height = lines.Count * ColumnFlow.LineHeight(font);
        flow.EnsureSpace(height + 2);
        if (ruleAbove)
        {
            flow.Canvas.Line(flow.Left, flow.Y, flow.Left + flow.Width, flow.Y, 0.6);
            flow.Y += 2;
        }

        var baseline = flow.Y + font.Size;
        for (var i = 0; i < lines.Count; i++)
        {
            flow.Canvas.Text(flow.Left, baseline + (i * ColumnFlow.LineHeight(font)), lines[i], font);
        }

        for (var c = 1; c < cells.Count; c++)
        {
            flow.Canvas.TextRightAligned(flow.Left + textWidth + (c * figureWidth) - 4, baseline, cells[c], font);
        }

        flow.Y += height;
    }
}
