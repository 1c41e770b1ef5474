using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Kompass.Ingest.Layout.Tests;

/// <summary>Small PDFs written with PdfPig's own builder (Standard 14 fonts, or DejaVu Sans for non-Latin-1 text).</summary>
internal static class GeneratedPdf
{
    private static readonly string[] DejaVuPlaces =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/TTF/DejaVuSans.ttf",
    ];

    /// <summary>One A4 page drawn by <paramref name="draw"/> with Helvetica and Helvetica-Bold.</summary>
    public static byte[] OnePage(Action<PdfPageBuilder, PdfDocumentBuilder.AddedFont, PdfDocumentBuilder.AddedFont> draw)
    {
        using var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        draw(builder.AddPage(PageSize.A4), regular, bold);
        return builder.Build();
    }

    /// <summary><paramref name="pages"/> A4 pages, each with <paramref name="linesPerPage"/> lines of body text.</summary>
    public static byte[] TextPages(int pages, int linesPerPage = 3)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var p = 1; p <= pages; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            for (var l = 0; l < linesPerPage; l++)
            {
                page.AddText($"Page {p} line {l + 1} of the report text", 11, new UglyToad.PdfPig.Core.PdfPoint(72, 770 - (l * 14)), font);
            }
        }

        return builder.Build();
    }

    /// <summary>One page with <paramref name="text"/> in DejaVu Sans, which covers ligatures and combining marks.</summary>
    public static byte[] DejaVuText(string text)
    {
        var path = DejaVuPlaces.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("DejaVuSans.ttf is not installed: apt-get install fonts-dejavu-core");
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(path));
        builder.AddPage(PageSize.A4).AddText(text, 12, new UglyToad.PdfPig.Core.PdfPoint(50, 700), font);
        return builder.Build();
    }
}
