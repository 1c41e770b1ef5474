using System.Globalization;
using Kompass.Ingest.Corpus.Pdf;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>
/// Writes a table of contents whose page numbers come from the previous layout pass, with dotted
/// leaders as text ("1 Vad är Kommunkompassen? ........ 3") or with bare right-aligned numbers.
/// </summary>
public static class ContentsWriter
{
    /// <summary>Writes the entries at the cursor, one line each.</summary>
    public static void Write(FlowWriter flow, LayoutPass pass, IReadOnlyList<ContentsEntry> entries, FontSpec font, bool leaders, double levelIndent = 14)
    {
        Guard.NotNull(flow);
        Guard.NotNull(pass);
        Guard.NotNull(entries);
        var canvas = flow.Canvas;
        foreach (var entry in entries)
        {
            var entryFont = entry.Level == 0 ? font.AsBold() : font;
            var number = pass.PageOf(entry.Anchor).ToString(CultureInfo.InvariantCulture);
            var numberLeft = flow.Right - canvas.Measure(number, entryFont);
            var indent = entry.Level * levelIndent;
            var lines = canvas.Wrap(entry.Text, entryFont, flow.Width - indent - 40);
            for (var l = 0; l < lines.Count - 1; l++)
            {
                flow.Line(lines[l], entryFont, indent);
            }

            flow.EnsureSpace(FlowWriter.LineHeight(entryFont));
            var baseline = flow.Y + entryFont.Size;
            var last = lines.Count > 0 ? lines[^1] : string.Empty;
            canvas.Text(flow.Left + indent, baseline, last, entryFont);
            if (leaders)
            {
                var start = flow.Left + indent + canvas.Measure(last, entryFont) + 4;
                var dotWidth = canvas.Measure(".", entryFont);
                var count = (int)Math.Floor((numberLeft - 4 - start) / dotWidth);
                if (count > 2)
                {
                    canvas.Text(start, baseline, new string('.', count), entryFont);
                }
            }

            canvas.Text(numberLeft, baseline, number, entryFont);
            flow.Y += FlowWriter.LineHeight(entryFont) + (entry.Level == 0 ? 3 : 0);
        }
    }
}
