using System.Globalization;
using Kompass.Ingest.Corpus.Pdf;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Families.Unscored;

/// <summary>
/// Lays a <see cref="PmMemo"/> out as SKL's memo: a page header with "PM", the date and "n(N)"
/// on every page, the title as the first heading, then the body of <see cref="PmMemoBody"/>.
/// </summary>
public static class PmMemoWriter
{
    /// <summary>The memo's PDF bytes (reproducible).</summary>
    public static byte[] Render(PmMemo memo)
    {
        Guard.NotNull(memo);
        using var canvas = new PdfCanvas();
        var flow = new FlowWriter(canvas, new PageMargins(72, 100, 64, 64));
        flow.NewPage();
        PmMemoBody.Write(flow, memo);
        canvas.DecorateAllPages((page, count) => Header(canvas, memo, page, count));
        return canvas.Save();
    }

    /// <summary>The facts of <paramref name="memo"/> the truth reports.</summary>
    public static PrintedFacts Facts(PmMemo memo)
    {
        Guard.NotNull(memo);
        return new PrintedFacts
        {
            DocumentType = UnscoredTruth.PmType,
            Title = memo.Title,
            Municipality = memo.Municipality,
            Year = memo.Year,
            Month = memo.Month,
            ReportDate = memo.Date,
            Evaluators = memo.Evaluators.Select(e => e.Name).ToList(),
        };
    }

    private static void Header(PdfCanvas canvas, PmMemo memo, int page, int count)
    {
        var style = memo.Style;
        var left = 72.0;
        var middle = canvas.PageWidth * 0.56;
        var right = canvas.PageWidth - 64;
        canvas.Text(left, 40, "SVERIGES KOMMUNER OCH LANDSTING", style.Header.AsBold());
        canvas.Text(middle, 40, "PM", style.Heading2);
        canvas.TextRightAligned(right, 40, $"{page.ToString(CultureInfo.InvariantCulture)}({count.ToString(CultureInfo.InvariantCulture)})", style.Header.WithSize(style.Header.Size + 1.5));
        canvas.Text(left, 53, "Avdelningen för ekonomi och styrning", style.Header);
        canvas.Text(middle, 53, memo.Date is { } date ? SwedishDates.Iso(date) : "20xx-xx-xx", style.Header.WithSize(style.Header.Size + 1));
        canvas.Text(left, 64, "Sektionen för verksamhetsutveckling", style.Header);
        canvas.Line(left, 72, right, 72, 0.4);
    }
}
