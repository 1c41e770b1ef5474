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
}
