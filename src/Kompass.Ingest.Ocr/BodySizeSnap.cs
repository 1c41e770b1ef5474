using Kompass.Ingest.Domain.Layout;

namespace Kompass.Ingest.Ocr;

/// <summary>
/// Gives the OCR'd words of a document that are set in its body size one size. Each line's size is
/// estimated from ink heights and rounded to half a point, so body text set in one size comes out
/// split between two neighbouring half points (11 and 11.5 for 11.25), and a heading one point
/// larger than the body looks larger than one half of it only. The body size is the mean of the
/// estimates near the commonest one (within <see cref="NearShare"/>); a word within
/// <see cref="Share"/> of it takes it, and sizes the printer really changed (headings, small print)
/// stay apart, now measured against the body's true size. Pure.
/// </summary>
public static class BodySizeSnap
{
    /// <summary>Estimates this share or less off the body size are taken for it: the half-point rounding and a little more.</summary>
    public const double Share = 0.05;

    /// <summary>Estimates this share or less off the commonest one count towards the body size.</summary>
    public const double NearShare = 0.1;

    /// <summary>The pages with the words of <paramref name="ocrPages"/> snapped to the body size of those words.</summary>
    public static IReadOnlyList<PageLayout> Apply(IReadOnlyList<PageLayout> pages, IReadOnlySet<int> ocrPages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(ocrPages);
        var sizes = pages.Where(p => ocrPages.Contains(p.Number)).SelectMany(p => p.Words).Select(w => w.FontSize).ToList();
        if (sizes.Count == 0)
        {
            return pages;
        }

        var body = BodySize(sizes);
        return pages.Select(p => ocrPages.Contains(p.Number) ? p with { Words = p.Words.Select(w => Snap(w, body)).ToList() } : p).ToList();
    }

    /// <summary>The body size of words of <paramref name="sizes"/>: the mean of those near the commonest size, to a hundredth of a point.</summary>
    public static double BodySize(IReadOnlyList<double> sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        var commonest = sizes.GroupBy(s => s).MaxBy(g => g.Count())!.Key;
        return Math.Round(sizes.Where(s => Math.Abs(s - commonest) <= NearShare * commonest).Average(), 2);
    }

    private static Word Snap(Word word, double body)
        => word.FontSize != body && Math.Abs(word.FontSize - body) <= Share * body ? word with { FontSize = body } : word;
}
