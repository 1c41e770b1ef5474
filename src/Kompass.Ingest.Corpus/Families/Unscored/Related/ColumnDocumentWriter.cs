using System.Globalization;
using Kompass.Ingest.Corpus.Pdf;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Families.Unscored.Related;

/// <summary>
/// Lays out a one- or two-column <see cref="RelatedDocument"/>: the title across the top of the
/// first page, the lines under it, then the body in columns, with a running footer and page number.
/// </summary>
public static class ColumnDocumentWriter
{
    private const double Margin = 62;
    private const double Gutter = 18;

    /// <summary>The document's PDF bytes (reproducible).</summary>
    public static byte[] Render(RelatedDocument document)
    {
        using var canvas = new PdfCanvas();
        Draw(document, canvas);
        return canvas.Save();
    }

    /// <summary>Draws the document on an empty <paramref name="canvas"/>; the last step is the footer pass over all pages.</summary>
    public static void Draw(RelatedDocument document, PdfCanvas canvas)
    {
        Guard.NotNull(document);
        Guard.NotNull(canvas);
        var width = canvas.PageWidth - (2 * Margin);
        IReadOnlyList<(double, double)> columns = document.Layout == RelatedLayout.TwoColumns
            ? [(Margin, (width - Gutter) / 2), (Margin + ((width + Gutter) / 2), (width - Gutter) / 2)]
            : [(Margin, width)];
        var flow = new ColumnFlow(canvas, 72, 72, columns);
        flow.NewPage();
        WriteTitle(flow, document, width);
        WriteBlocks(flow, document.Blocks, document.Style);
        canvas.DecorateAllPages((page, count) => Footer(canvas, document, page));
    }

    /// <summary>Writes <paramref name="blocks"/> at the flow's position.</summary>
    public static void WriteBlocks(ColumnFlow flow, IEnumerable<DocumentBlock> blocks, MemoStyle style)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock { Level: 1 } heading:
                    flow.Heading(heading.Text, style.Heading2, spaceBefore: 12);
                    break;
                case HeadingBlock heading:
                    flow.Heading(heading.Text, style.Heading3, spaceBefore: 6, spaceAfter: 2);
                    break;
                case ParagraphBlock paragraph:
                    flow.Paragraph(paragraph.Text, style.Body);
                    break;
                case BulletsBlock list:
                    for (var i = 0; i < list.Items.Count; i++)
                    {
                        var marker = list.Numbered ? (i + 1).ToString(CultureInfo.InvariantCulture) + "." : "•";
                        flow.Bullet(list.Items[i], style.Body, marker, hang: list.Numbered ? 16 : 12);
                    }

                    flow.Y += 4;
                    break;
                case TableBlock table:
                    TableDrawing.Draw(flow, table, style.Body.WithSize(style.Body.Size - 1));
                    break;
                default:
                    throw new KompassBugException($"no layout for {block.GetType().Name}");
            }
        }
    }

    private static void WriteTitle(ColumnFlow flow, RelatedDocument document, double width)
    {
        var canvas = flow.Canvas;
        var titleFont = document.Style.Heading1.WithSize(document.Style.Heading1.Size + 5);
        flow.Y = 92;
        foreach (var line in canvas.Wrap(document.Title, titleFont, width))
        {
            flow.Y += titleFont.Size;
            canvas.Text(Margin, flow.Y, line, titleFont);
            flow.Y += titleFont.Size * 0.3;
        }

        flow.Y += 8;
        var subtitleFont = document.Style.Heading3 with { Bold = false, Size = document.Style.Heading3.Size + 1 };
        foreach (var line in document.Subtitle)
        {
            flow.Y += subtitleFont.Size;
            canvas.Text(Margin, flow.Y, line, subtitleFont);
            flow.Y += subtitleFont.Size * 0.35;
        }

        flow.Y += 10;
        canvas.Line(Margin, flow.Y, Margin + width, flow.Y, 1.2);
        flow.Y += 14;
        flow.ColumnTop = flow.Y;
    }

    private static void Footer(PdfCanvas canvas, RelatedDocument document, int page)
    {
        var font = document.Style.Header;
        var baseline = canvas.PageHeight - 40;
        if (document.Footer is { } footer)
        {
            canvas.Text(Margin, baseline, footer, font);
        }

        canvas.TextRightAligned(canvas.PageWidth - Margin, baseline, page.ToString(CultureInfo.InvariantCulture), font);
    }
}
