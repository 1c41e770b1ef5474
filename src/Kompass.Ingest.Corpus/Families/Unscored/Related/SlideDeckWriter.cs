using System.Globalization;
using Kompass.Ingest.Corpus.Pdf;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Families.Unscored.Related;

/// <summary>
/// Lays out a <see cref="RelatedDocument"/> as landscape slides: a title slide (title and the lines
/// under it), then one slide per level-1 heading with its bullets in large type, a grey band at the
/// top, the footer and the slide number at the bottom.
/// </summary>
public static class SlideDeckWriter
{
    private const double Margin = 56;

    /// <summary>The deck's PDF bytes (reproducible).</summary>
    public static byte[] Render(RelatedDocument document)
    {
        Guard.NotNull(document);
        using var canvas = new PdfCanvas(841.89, 595.28);
        var style = document.Style;
        var big = style.Heading1 with { Size = 44 };
        var text = style.Body with { Size = 20 };
        var flow = new ColumnFlow(canvas, 120, 60, [(Margin, canvas.PageWidth - (2 * Margin))]) { PageStarted = Band };
        flow.NewPage();
        canvas.Text(Margin, 250, document.Title, big);
        var y = 300.0;
        foreach (var line in document.Subtitle)
        {
            canvas.Text(Margin, y, line, style.Heading2 with { Size = 22, Bold = false });
            y += 30;
        }

        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock { Level: 1 } heading:
                    flow.NewPage();
                    canvas.Text(Margin, 58, heading.Text, style.Heading1 with { Size = 28 });
                    break;
                case BulletsBlock list:
                    for (var i = 0; i < list.Items.Count; i++)
                    {
                        flow.Bullet(list.Items[i], text, list.Numbered ? (i + 1).ToString(CultureInfo.InvariantCulture) + "." : "•", hang: 26, spaceAfter: 8);
                    }

                    break;
                case TableBlock table:
                    TableDrawing.Draw(flow, table, text with { Size = 15 });
                    break;
                default:
                    ColumnDocumentWriter.WriteBlocks(flow, [block], style with { Body = text, Heading3 = text.AsBold() });
                    break;
            }
        }

        canvas.DecorateAllPages((page, count) =>
        {
            if (document.Footer is { } footer)
            {
                canvas.Text(Margin, canvas.PageHeight - 28, footer, style.Header with { Size = 11 });
            }

            canvas.TextRightAligned(canvas.PageWidth - Margin, canvas.PageHeight - 28, page.ToString(CultureInfo.InvariantCulture), style.Header with { Size = 11 });
        });
        return canvas.Save();
    }

    private static void Band(ColumnFlow flow)
    {
        flow.Canvas.FillRectangle(0, 0, flow.Canvas.PageWidth, 84, 222);
        flow.Canvas.FillRectangle(0, 84, flow.Canvas.PageWidth, 4, 120);
    }
}
