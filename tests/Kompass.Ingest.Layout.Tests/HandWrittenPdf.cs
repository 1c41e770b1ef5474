using System.Globalization;
using System.Text;

namespace Kompass.Ingest.Layout.Tests;

/// <summary>
/// Writes a PDF from object bodies given as text, with a correct cross-reference table, for the
/// cases PdfPig's writer cannot produce (encryption, a broken page, an image without an encoder).
/// Object 1 must be the catalog.
/// </summary>
internal static class HandWrittenPdf
{
    /// <summary>The file; <paramref name="trailerExtra"/> is added to the trailer dictionary.</summary>
    public static byte[] Build(IReadOnlyList<string> objects, string trailerExtra = "")
    {
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            // Latin-1 writes one byte per character, so the length is the byte offset.
            offsets.Add(text.Length);
            text.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = text.Length;
        text.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        text.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R {trailerExtra} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(text.ToString());
    }

    /// <summary>A content stream object drawing <paramref name="content"/>.</summary>
    public static string Stream(string content) => $"<< /Length {content.Length} >>\nstream\n{content}\nendstream";

    /// <summary>
    /// A catalog, a page tree and one page per content string (objects 3.. are the pages, then a
    /// Helvetica font, then the content streams). <paramref name="pageExtra"/> is added to every page
    /// dictionary, with {n} replaced by the page's 0-based index.
    /// </summary>
    public static List<string> TextPages(IReadOnlyList<string> contents, string pageExtra = "")
    {
        var pageCount = contents.Count;
        var fontObject = 3 + pageCount;
        var kids = string.Join(' ', Enumerable.Range(3, pageCount).Select(n => $"{n} 0 R"));
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{kids}] /Count {pageCount} >>",
        };
        for (var i = 0; i < pageCount; i++)
        {
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {fontObject} 0 R >> >> "
                + $"/Contents {fontObject + 1 + i} 0 R {pageExtra.Replace("{n}", i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)} >>");
        }

        objects.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        objects.AddRange(contents.Select(Stream));
        return objects;
    }
}
