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
        return new BoundingBox(
            Math.Min(Math.Min(r.BottomLeft.X, r.BottomRight.X), Math.Min(r.TopLeft.X, r.TopRight.X)),
            Math.Min(Math.Min(r.BottomLeft.Y, r.BottomRight.Y), Math.Min(r.TopLeft.Y, r.TopRight.Y)),
            Math.Max(Math.Max(r.BottomLeft.X, r.BottomRight.X), Math.Max(r.TopLeft.X, r.TopRight.X)),
            Math.Max(Math.Max(r.BottomLeft.Y, r.BottomRight.Y), Math.Max(r.TopLeft.Y, r.TopRight.Y)));
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
    {
        // Almost every word is set in one size: no need to count.
        var first = Math.Round(letters[0].PointSize, 1);
        var uniform = true;
        for (var i = 1; i < letters.Count && uniform; i++)
        {
            uniform = Math.Round(letters[i].PointSize, 1) == first;
        }

        return uniform ? first : MostCommonSize(letters);
    }

    private static double MostCommonSize(IReadOnlyList<Letter> letters)
        => letters.GroupBy(l => Math.Round(l.PointSize, 1))
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key)
            .First().Key;
}
