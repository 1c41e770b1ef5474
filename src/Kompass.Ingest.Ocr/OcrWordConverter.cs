using Kompass.Ingest.Domain.Layout;
using Kompass.Ingest.Domain.Provenance;

namespace Kompass.Ingest.Ocr;

/// <summary>
/// Turns the words Tesseract found on a page image into our layout words: ruling-line artefacts,
/// lost id points, misread percent signs and bullets repaired (<see cref="RuleArtefacts"/>,
/// <see cref="QuestionIdRepair"/>, <see cref="PercentSignRepair"/>, <see cref="BulletRepair"/>), the page's skew taken
/// out (a scan is rarely straight, and a row of a table would otherwise climb across the page), pixels
/// scaled to PDF points with the origin at the bottom-left as PdfPig's, the font size estimated
/// from the height of the Tesseract line the word sits in, each box standing on its baseline (a
/// descender's ink left out), bold where the page image shows the line's strokes clearly heavier
/// than the page's typical line (<see cref="BoldLines"/>), else regular.
/// Pure and thread-safe.
/// </summary>
public static class OcrWordConverter
{
    /// <summary>The font name every OCR'd word carries: the engine cannot tell fonts apart.</summary>
    public const string FontName = "OCR";

    // Lines shorter than this share of the page width say little about the skew.
    private const double MinLineShareForSkew = 0.25;

    // A scan skewed more than this is not straightened: the estimate is more likely wrong.
    private const double MaxSkewRadians = 3 * Math.PI / 180;

    /// <summary>
    /// The layout words of a page <paramref name="pageWidth"/> × <paramref name="pageHeight"/> points
    /// whose image, <paramref name="imageWidth"/> × <paramref name="imageHeight"/> pixels, held <paramref name="words"/>;
    /// without the <paramref name="image"/>'s pixels every word is regular.
    /// </summary>
    public static IReadOnlyList<Word> Convert(IReadOnlyList<OcrWord> words, int imageWidth, int imageHeight, double pageWidth, double pageHeight, GreyImage? image = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        words = BulletRepair.Repair(PercentSignRepair.Repair(QuestionIdRepair.Repair(RuleArtefacts.Remove(words))));
        var skew = Skew(words, imageWidth);
        var (cx, cy) = (imageWidth / 2.0, imageHeight / 2.0);
        var (sx, sy) = (pageWidth / imageWidth, pageHeight / imageHeight);
        var sizes = FontSizeEstimate.PerLine(words, sy);
        HashSet<(int Block, int Paragraph, int Line)> bold = image is null ? [] : BoldLines.Find(words, image, sizes);
        var result = new List<Word>(words.Count);
        foreach (var word in words)
        {
            var text = word.Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            // Rotate the word's centre back by the skew; its size stays.
            var (x, y) = (word.Left + (word.Width / 2.0) - cx, word.Top + (word.Height / 2.0) - cy);
            var (ux, uy) = ((x * Math.Cos(-skew)) - (y * Math.Sin(-skew)) + cx, (x * Math.Sin(-skew)) + (y * Math.Cos(-skew)) + cy);
            var left = (ux - (word.Width / 2.0)) * sx;
            var right = (ux + (word.Width / 2.0)) * sx;
            var top = pageHeight - ((uy - (word.Height / 2.0)) * sy);
            var bottom = pageHeight - ((uy + (word.Height / 2.0)) * sy);
            var size = sizes[word.LineKey];

            // The box stands on the baseline, as every word of its line does: a descender's ink
            // would otherwise sink a one-word line below its neighbours' spacing.
            if (FontSizeEstimate.HasDescender(text))
            {
                bottom = Math.Min(bottom + (FontSizeEstimate.DescenderEm * size), (bottom + top) / 2);
            }

            result.Add(new Word(text, new BoundingBox(left, bottom, right, top), FontName, size, IsBold: bold.Contains(word.LineKey)));
        }

        return result;
    }

    /// <summary>
    /// The page's skew in radians (positive: lines fall to the right in the image, y down), the
    /// median slope of the long lines' word bottoms; 0 when no line is long enough.
    /// </summary>
    public static double Skew(IReadOnlyList<OcrWord> words, int imageWidth)
    {
        ArgumentNullException.ThrowIfNull(words);
        var slopes = new List<double>();
        foreach (var line in words.GroupBy(w => w.LineKey))
        {
            var points = line.Select(w => (X: w.Left + (w.Width / 2.0), Y: (double)(w.Top + w.Height))).ToList();
            if (points.Count < 3 || points.Max(p => p.X) - points.Min(p => p.X) < MinLineShareForSkew * imageWidth)
            {
                continue;
            }

            var (mx, my) = (points.Average(p => p.X), points.Average(p => p.Y));
            var sxx = points.Sum(p => (p.X - mx) * (p.X - mx));
            var sxy = points.Sum(p => (p.X - mx) * (p.Y - my));
            slopes.Add(sxy / sxx);
        }

        if (slopes.Count == 0)
        {
            return 0;
        }

        slopes.Sort();
        var angle = Math.Atan(slopes[slopes.Count / 2]);
        return Math.Abs(angle) <= MaxSkewRadians ? angle : 0;
    }
}
