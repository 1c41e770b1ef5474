namespace Kompass.Ingest.Ocr;

/// <summary>
/// Estimates the font size of each Tesseract line from the heights of its words' ink. The parsers
/// compare sizes (a heading is larger, a block ends where the size changes by a tenth), so a line
/// must not look larger for having a "g" in it: each word's height is divided by the share of the
/// em its letters span: x-height letters only ("om", "var") about 0.53 em, capitals, digits and
/// ascenders without descenders about 0.72 em, with descenders about 0.93 em (Liberation, DejaVu
/// and Carlito, the faces of the sample, measured), and x-height letters with descenders but no
/// ascender ("upp", "gav", "om,") the x-height and the descender, about 0.74 em. A line's size is
/// the lower median of its words' estimates, and a paragraph's lines share the lower median of
/// theirs, rounded to half a point, except a first line more than a twentieth larger (a heading
/// Tesseract put in one paragraph with the text below it). The lower median because a speck or a rule only ever makes a box taller:
/// "RAPPORT" with a speck beside it must not set its header line in a heading's size. Pure.
/// </summary>
public static class FontSizeEstimate
{
    private const string XHeightLetters = "acemnorsuvwxz";
    private const string Descenders = "gjpqyQJ,;";

    // Letters that reach below the baseline and not above the x-height ("j" has its dot).
    private const string LowDescenders = "gpqy";
    private const double XHeightEm = 0.53;
    private const double CapHeightEm = 0.72;
    private const double FullHeightEm = 0.93;

    // A paragraph's first line larger than its median by more than this share is a heading.
    private const double HeadingShare = 0.05;

    /// <summary>The size in points of each line's words; <paramref name="pointsPerPixel"/> scales the image.</summary>
    public static Dictionary<(int Block, int Paragraph, int Line), double> PerLine(IReadOnlyList<OcrWord> words, double pointsPerPixel)
    {
        ArgumentNullException.ThrowIfNull(words);
        var lines = words.GroupBy(w => w.LineKey).ToDictionary(g => g.Key, g => Line(g.ToList()) * pointsPerPixel);
        var result = new Dictionary<(int, int, int), double>();
        foreach (var paragraph in lines.GroupBy(l => (l.Key.Block, l.Key.Paragraph)))
        {
            var sizes = paragraph.Select(l => l.Value).Order().ToList();
            var median = sizes[(sizes.Count - 1) / 2];
            var first = paragraph.Min(l => l.Key.Line);
            foreach (var line in paragraph)
            {
                // Tesseract's paragraph may take in a heading with the lines below it: its first
                // line, when clearly larger than the paragraph's median, keeps its own size. Any
                // other line takes the median, which outvotes a speck that made one line look tall.
                var heading = line.Key.Line == first && sizes.Count > 1 && line.Value > (1 + HeadingShare) * median;
                result[line.Key] = HalfPoints(heading ? line.Value : median);
            }
        }

        return result;
    }

    /// <summary>How far, in ems, a descender reaches below the baseline: full height less cap height.</summary>
    public const double DescenderEm = FullHeightEm - CapHeightEm;

    /// <summary>True when <paramref name="text"/> has a glyph that reaches below the baseline ("g", "p", ",").</summary>
    public static bool HasDescender(string text) => text.Any(c => Descenders.Contains(c, StringComparison.Ordinal));

    private static double HalfPoints(double size) => Math.Round(size * 2, MidpointRounding.AwayFromZero) / 2;

    // The median of the words' em estimates, in pixels.
    private static double Line(List<OcrWord> words)
    {
        var estimates = words.Select(Em).Where(e => e > 0).Order().ToList();
        return estimates.Count == 0 ? words.Max(w => w.Height) / FullHeightEm : estimates[(estimates.Count - 1) / 2];
    }

    private static double Em(OcrWord word)
    {
        var letters = word.Text.Where(char.IsLetterOrDigit).ToList();
        if (letters.Count == 0)
        {
            return 0;
        }

        var rises = letters.Any(c => !XHeightLetters.Contains(c, StringComparison.Ordinal) && !LowDescenders.Contains(c, StringComparison.Ordinal));
        var falls = HasDescender(word.Text);
        var span = (rises, falls) switch
        {
            (false, false) => XHeightEm,
            (false, true) => XHeightEm + DescenderEm,
            (true, false) => CapHeightEm,
            (true, true) => FullHeightEm,
        };
        return word.Height / span;
    }
}
