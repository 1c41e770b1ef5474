using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Pdf;

/// <summary>
/// Damages a well-formed PDF the way real archives do: a download cut short, or a cross-reference
/// table whose offsets no longer point at the objects (a file edited by a tool that did not
/// rewrite it). Byte-level; works on PDFsharp's classic xref tables.
/// </summary>
public static partial class PdfDamage
{
    /// <summary>
    /// Cuts the file inside the first page object, so that no page and no trailer survive: readers
    /// that rebuild a broken xref still find no page to read.
    /// </summary>
    public static byte[] TruncateInFirstPage(byte[] pdf)
    {
        Guard.NotNull(pdf);
        var page = FirstPage().Match(Encoding.Latin1.GetString(pdf));
        Guard.That(page.Success, "the PDF has a page object");
        return pdf[..(page.Index + page.Length)];
    }

    /// <summary>
    /// Moves every in-use offset of the last xref table by <paramref name="shift"/> bytes and the
    /// startxref pointer by the same amount: each entry now points into the middle of the previous
    /// object's text. A lenient reader recovers by scanning for "n 0 obj"; a strict one fails.
    /// </summary>
    public static byte[] CorruptCrossReference(byte[] pdf, int shift)
    {
        Guard.NotNull(pdf);
        var text = Encoding.Latin1.GetString(pdf);
        var xref = text.LastIndexOf("\nxref\n", StringComparison.Ordinal);
        Guard.That(xref > 0, "the PDF has a classic xref table");
        var tail = InUseEntry().Replace(text[xref..], m => Shift(m.Groups[1].Value, shift) + " 00000 n");
        tail = StartXref().Replace(tail, m => "startxref\n" + (long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + shift).ToString(CultureInfo.InvariantCulture));
        return Encoding.Latin1.GetBytes(text[..xref] + tail);
    }

    private static string Shift(string offset, int shift)
        => (long.Parse(offset, CultureInfo.InvariantCulture) + shift).ToString("D10", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex FirstPage();

    [GeneratedRegex(@"(?m)^(\d{10}) 00000 n")]
    private static partial Regex InUseEntry();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();
}
