using Kompass.Ingest.Domain.Guards;
using UglyToad.PdfPig;

namespace Kompass.Ingest.Layout;

/// <summary>
/// PdfPig's own reading, without ours, for <c>kompass bench</c> to measure against: what a program
/// that wants only PdfPig's words does (<see cref="ReadDefaultWords"/>), and the part of
/// <see cref="PdfLayoutReader"/> that is PdfPig's work (<see cref="ReadAsLayoutReaderDoes"/>), so
/// that the rest of our reading can be told apart. Throws for a PDF PdfPig cannot open (the bench
/// feeds it only readable ones). Thread-safe.
/// </summary>
public static class PdfPigBaseline
{
    /// <summary>
    /// <c>PdfDocument.Open(bytes)</c> and, for every page, <c>page.GetWords()</c> (PdfPig's default
    /// word extractor); returns the pages and words read.
    /// </summary>
    public static (int Pages, int Words) ReadDefaultWords(byte[] pdf)
    {
        Guard.NotNull(pdf);
        using var document = PdfDocument.Open(pdf);
        var words = 0;
        foreach (var page in document.GetPages())
        {
            words += page.GetWords().Count();
        }

        return (document.NumberOfPages, words);
    }

    /// <summary>
    /// The PdfPig calls of <see cref="PdfLayoutReader.Read"/> alone: a lenient open, and per page
    /// its letters and paths (grouping letters into words is ours, <see cref="LetterWordGrouper"/>);
    /// returns the pages and letters read.
    /// </summary>
    public static (int Pages, int Letters) ReadAsLayoutReaderDoes(byte[] pdf)
    {
        Guard.NotNull(pdf);
        using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        var letters = 0;
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            var page = document.GetPage(number);
            letters += page.Letters.Count;
            _ = page.Paths.Count;
        }

        return (document.NumberOfPages, letters);
    }
}
