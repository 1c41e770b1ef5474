using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Kompass.Ingest.Cli.Tests;

/// <summary>One-page PDFs with a few lines of text, drawn with PdfPig's builder (Helvetica: ASCII only, PdfPig cannot encode å, ä, ö with it).</summary>
internal static class TinyPdfs
{
    public static byte[] WithLines(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var i = 0; i < lines.Length; i++)
        {
            page.AddText(lines[i], 12, new PdfPoint(60, 760 - (i * 18)), font);
        }

        return builder.Build();
    }

    /// <summary><paramref name="count"/> pages, each with a line naming it and (when <paramref name="blank"/>) nothing at all.</summary>
    public static byte[] Pages(int count, bool blank = false)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var i = 1; i <= count; i++)
        {
            var page = builder.AddPage(PageSize.A4);
            if (!blank)
            {
                page.AddText($"Bilaga {i} till protokoll for kommunstyrelsen", 12, new PdfPoint(60, 760), font);
                page.AddText("Sammantraden och beslut under aret", 12, new PdfPoint(60, 742), font);
            }
        }

        return builder.Build();
    }
}
