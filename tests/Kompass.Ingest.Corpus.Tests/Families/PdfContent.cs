using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace Kompass.Ingest.Corpus.Tests.Families;

/// <summary>What PDFsharp's own reader sees in a generated file: page sizes and content-stream operators.</summary>
internal static class PdfContent
{
    private static readonly HashSet<string> TextOperators = new(StringComparer.Ordinal) { "BT", "ET", "Tj", "TJ", "'", "\"", "Tf" };

    /// <summary>The operators of every page, in order.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Operators(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        return document.Pages.Cast<PdfSharp.Pdf.PdfPage>().Select(page => (IReadOnlyList<string>)Flatten(ContentReader.ReadContent(page)).ToList()).ToList();
    }

    /// <summary>True when an operator draws or positions text.</summary>
    public static bool IsTextOperator(string name) => TextOperators.Contains(name);

    /// <summary>Page count and the first page's width and height in points.</summary>
    public static (int Pages, double Width, double Height) Geometry(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        return (document.PageCount, document.Pages[0].Width.Point, document.Pages[0].Height.Point);
    }

    private static IEnumerable<string> Flatten(CSequence sequence)
    {
        foreach (var item in sequence)
        {
            if (item is COperator op)
            {
                yield return op.OpCode.Name;
            }
            else if (item is CSequence inner)
            {
                foreach (var name in Flatten(inner))
                {
                    yield return name;
                }
            }
        }
    }
}
