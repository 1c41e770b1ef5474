using Kompass.Ingest.Domain.Layout;

namespace Kompass.Ingest.Ocr;

/// <summary>
/// Gives the OCR'd words of a document that are set in its body size that one size. A size
/// estimated from ink heights wanders from line to line and page to page (more in a coarse scan),
/// and the parsers end a block where the size changes by a tenth: a list item would end at a page
/// break, a label would stand apart from its items. The body size is the size most words carry; how
/// far its estimates scatter is measured on the document itself (three median absolute deviations
/// of the words near it, at least <see cref="MinShare"/>), and a word within that scatter takes the
/// body size, so that only sizes the printer really changed (headings, small print) stay apart. Pure.
/// </summary>
public static class BodySizeSnap
{
    /// <summary>The scatter allowed even where the estimates agree closely: the half-point rounding of each.</summary>
    public const double MinShare = 0.05;

    /// <summary>Words this share or less off the body size count towards its scatter; never snapped further.</summary>
    public const double NearShare = 0.15;

    private const double Deviations = 3;

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

        var body = sizes.GroupBy(s => s).MaxBy(g => g.Count())!.Key;
        var tolerance = Tolerance(sizes, body);
        return pages.Select(p => ocrPages.Contains(p.Number) ? p with { Words = p.Words.Select(w => Snap(w, body, tolerance)).ToList() } : p).ToList();
    }

    /// <summary>How far, in points, a body word's size may be off: the scatter of the sizes near the body size.</summary>
    public static double Tolerance(IReadOnlyList<double> sizes, double body)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        var deviations = sizes.Select(s => Math.Abs(s - body)).Where(d => d <= NearShare * body).Order().ToList();
        var mad = deviations.Count == 0 ? 0 : deviations[deviations.Count / 2];
        return Math.Clamp(Deviations * mad, MinShare * body, NearShare * body);
    }

    private static Word Snap(Word word, double body, double tolerance)
        => word.FontSize != body && Math.Abs(word.FontSize - body) <= tolerance ? word with { FontSize = body } : word;
}
