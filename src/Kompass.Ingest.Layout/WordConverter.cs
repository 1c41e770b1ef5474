using Kompass.Ingest.Domain.Provenance;
using UglyToad.PdfPig.Content;
using DomainWord = Kompass.Ingest.Domain.Layout.Word;
using PdfPigWord = UglyToad.PdfPig.Content.Word;

namespace Kompass.Ingest.Layout;

/// <summary>
/// Turns one of PdfPig's words into ours: normalised text, an axis-aligned box, the font most of
/// its letters use (without subset tag), the most common letter size and the weight.
/// </summary>
internal static class WordConverter
{
    /// <summary>Our word, or null when nothing visible is left after normalising (a space, a soft hyphen).</summary>
    public static DomainWord? Convert(PdfPigWord word, FontWeights weights)
    {
        var text = TextNormaliser.Normalise(word.Text);
        if (text.Length == 0 || word.Letters.Count == 0)
        {
            return null;
        }

        var letters = word.Letters;
        var font = DominantFont(letters);
        var bold = letters.Count(weights.IsBold) * 2 > letters.Count;
        return new DomainWord(text, BoxOf(word), FontNames.WithoutSubsetTag(font), DominantSize(letters), bold);
    }

    private static BoundingBox BoxOf(PdfPigWord word)
    {
        // A rotated word's rectangle is not axis-aligned; its corners still bound it.
        var r = word.BoundingBox;
        double[] xs = [r.BottomLeft.X, r.BottomRight.X, r.TopLeft.X, r.TopRight.X];
        double[] ys = [r.BottomLeft.Y, r.BottomRight.Y, r.TopLeft.Y, r.TopRight.Y];
        return new BoundingBox(xs.Min(), ys.Min(), xs.Max(), ys.Max());
    }

    private static string DominantFont(IReadOnlyList<Letter> letters)
    {
        if (letters.Count == 1 || letters.All(l => l.FontName == letters[0].FontName))
        {
            return letters[0].FontName ?? string.Empty;
        }

        return letters.GroupBy(l => l.FontName ?? string.Empty, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .First().Key;
    }

    private static double DominantSize(IReadOnlyList<Letter> letters)
        => letters.GroupBy(l => Math.Round(l.PointSize, 1))
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key)
            .First().Key;
}
