using System.Buffers;
using Kompass.Ingest.Domain.Provenance;
using UglyToad.PdfPig.Content;
using DomainWord = Kompass.Ingest.Domain.Layout.Word;
using PdfPigWord = UglyToad.PdfPig.Content.Word;

namespace Kompass.Ingest.Layout;

/// <summary>
/// Turns the letters of one word into ours: normalised text, an axis-aligned box, the font most of
/// its letters use (without subset tag), the most common letter size and the weight, with the
/// baseline of a word that runs left to right.
/// <para>
/// A horizontal word (almost all of them) is measured here from its letters, by the rule of
/// PdfPig's <c>Word</c>: from the leftmost and lowest start of a letter's baseline to the
/// farthest right a letter reaches (its advance or its glyph, whichever is wider) and the highest
/// top of a glyph. Building PdfPig's word only to read these back cost a word object, a string
/// builder and an array per word. Rotated words still go through PdfPig's word.
/// </para>
/// </summary>
internal static class WordConverter
{
    // Longer words are rare (a URL, a run of dots); their text is built in a pooled buffer instead.
    private const int StackTextLength = 256;

    /// <summary>Our word, or null when nothing visible is left after normalising (a space, a soft hyphen).</summary>
    public static PlacedWord? Convert(ReadOnlySpan<Letter> letters, FontWeights weights, FontNameCache fontNames)
    {
        if (letters.IsEmpty)
        {
            return null;
        }

        var horizontal = letters[0].TextOrientation == TextOrientation.Horizontal;
        var (text, box) = horizontal ? MeasureHorizontal(letters) : MeasureTurned(letters);
        if (text.Length == 0)
        {
            return null;
        }

        var word = new DomainWord(text, box, fontNames.WithoutSubsetTag(DominantFont(letters)), DominantSize(letters), IsBold(letters, weights));
        return new PlacedWord(word, horizontal ? letters[0].StartBaseLine.Y : null);
    }

    private static (string Text, BoundingBox Box) MeasureHorizontal(ReadOnlySpan<Letter> letters)
    {
        // Compared as PdfPig compares them (not Math.Min and Math.Max, which differ on NaN and -0),
        // so that every box is the same to the last bit.
        var length = 0;
        var (left, bottom, right, top) = (double.MaxValue, double.MaxValue, double.MinValue, double.MinValue);
        foreach (var letter in letters)
        {
            length += letter.Value.Length;
            var start = letter.StartBaseLine;
            left = start.X < left ? start.X : left;
            bottom = start.Y < bottom ? start.Y : bottom;
            var reach = start.X + Math.Max(letter.Width, letter.BoundingBox.Width);
            right = reach > right ? reach : right;
            top = letter.BoundingBox.TopLeft.Y > top ? letter.BoundingBox.TopLeft.Y : top;
        }

        // The corners of PdfPig's rectangle, as the old conversion of its word took them.
        var box = new BoundingBox(Math.Min(left, right), Math.Min(bottom, top), Math.Max(left, right), Math.Max(bottom, top));
        char[]? rented = null;
        var buffer = length <= StackTextLength ? stackalloc char[StackTextLength] : (rented = ArrayPool<char>.Shared.Rent(length));
        try
        {
            var at = 0;
            foreach (var letter in letters)
            {
                letter.Value.CopyTo(buffer[at..]);
                at += letter.Value.Length;
            }

            return (TextNormaliser.Normalise(buffer[..length]), box);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static (string Text, BoundingBox Box) MeasureTurned(ReadOnlySpan<Letter> letters)
    {
        var word = new PdfPigWord(letters.ToArray());

        // A rotated word's rectangle is not axis-aligned; its corners still bound it.
        var r = word.BoundingBox;
        var box = new BoundingBox(
            Math.Min(Math.Min(r.BottomLeft.X, r.BottomRight.X), Math.Min(r.TopLeft.X, r.TopRight.X)),
            Math.Min(Math.Min(r.BottomLeft.Y, r.BottomRight.Y), Math.Min(r.TopLeft.Y, r.TopRight.Y)),
            Math.Max(Math.Max(r.BottomLeft.X, r.BottomRight.X), Math.Max(r.TopLeft.X, r.TopRight.X)),
            Math.Max(Math.Max(r.BottomLeft.Y, r.BottomRight.Y), Math.Max(r.TopLeft.Y, r.TopRight.Y)));
        return (TextNormaliser.Normalise(word.Text), box);
    }

    // Bold when most letters are.
    private static bool IsBold(ReadOnlySpan<Letter> letters, FontWeights weights)
    {
        var bold = 0;
        foreach (var letter in letters)
        {
            bold += weights.IsBold(letter) ? 1 : 0;
        }

        return bold * 2 > letters.Length;
    }

    private static string DominantFont(ReadOnlySpan<Letter> letters)
    {
        var first = letters[0].FontName;
        foreach (var letter in letters)
        {
            if (letter.FontName != first)
            {
                return MostCommonFont(letters.ToArray());
            }
        }

        return first ?? string.Empty;
    }

    // Ties go to the font seen first.
    private static string MostCommonFont(Letter[] letters)
        => letters.GroupBy(l => l.FontName ?? string.Empty, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .First().Key;

    private static double DominantSize(ReadOnlySpan<Letter> letters)
    {
        // Almost every word is set in one size: no need to count, nor to round a size equal to the first.
        var firstSize = letters[0].PointSize;
        var first = Math.Round(firstSize, 1);
        foreach (var letter in letters)
        {
            if (letter.PointSize != firstSize && Math.Round(letter.PointSize, 1) != first)
            {
                return MostCommonSize(letters.ToArray());
            }
        }

        return first;
    }

    private static double MostCommonSize(Letter[] letters)
        => letters.GroupBy(l => Math.Round(l.PointSize, 1))
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key)
            .First().Key;
}
