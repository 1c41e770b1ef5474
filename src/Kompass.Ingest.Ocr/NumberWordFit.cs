using System.Text.RegularExpressions;

namespace Kompass.Ingest.Ocr;

/// <summary>
/// Whether a recognised number fits its box. Digits of one print size are all about as wide
/// (tabular figures), so a number word's width says how many digits it holds: "5" in a box as wide
/// as the "55" beside it lost a digit, "55)" in a two-digit box read one digit as two glyphs. The
/// width of a digit is the page's own: the median over its clean number words (two digits or more)
/// of the same height (digits only: a point is narrower). Only a number among other numbers of its
/// line (a table row) is judged. A number Tesseract itself is unsure of is read again too, whatever
/// its width ("05" for a "53" whose 3 it could not make out). Pure.
/// </summary>
public static partial class NumberWordFit
{
    /// <summary>A word whose glyph count is this far (in digits) from what its width holds does not fit.</summary>
    public const double Tolerance = 0.6;

    /// <summary>A re-read is taken only when it fits at least this much (in digits) better than the first reading.</summary>
    public const double Improvement = 0.25;

    /// <summary>
    /// Below this confidence (Tesseract's, 0–100) a number word is read again even when it fits; a
    /// clean reading is then taken when it fits at least as well. Clean print reads at 90 and more.
    /// </summary>
    public const double UnsureConfidence = 50;

    // Reference words this far from the word's height (a share of it) are another print size.
    private const double HeightTolerance = 0.25;

    // Fewer clean numbers of a size than this give no width to judge by.
    private const int MinReferences = 3;

    /// <summary>The page's number words that do not fit their boxes, each with the digit width of its size.</summary>
    public static IReadOnlyList<(OcrWord Word, double DigitWidth)> Misfits(IReadOnlyList<OcrWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var references = References(words);
        var misfits = new List<(OcrWord, double)>();
        foreach (var line in words.GroupBy(w => w.LineKey))
        {
            var numbers = line.Where(w => IsNumberLike(w.Text)).ToList();
            if (numbers.Count == 0)
            {
                continue;
            }

            // The line's number height: its lower median, since a speck or a bracket only makes a box taller.
            var heights = numbers.Select(w => w.Height).Order().ToList();
            var height = heights[(heights.Count - 1) / 2];
            if (DigitWidth(references, height) is not { } digit)
            {
                continue;
            }

            // Only among other numbers, a table row: a lone number in running text ("2)", "1:") is
            // an enumerator whose punctuation is printed.
            misfits.AddRange(numbers
                .Where(w => (Error(w.Text, w.Width, digit) >= Tolerance || IsUnsure(w)) && numbers.Any(o => o != w && IsCleanNumber(o.Text)))
                .Select(w => (w, digit)));
        }

        return misfits;
    }

    /// <summary>The page's words that measure a digit's width: clean numbers of two digits or more (no point, which is narrower).</summary>
    public static IReadOnlyList<OcrWord> References(IReadOnlyList<OcrWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return [.. words.Where(w => w.Text.Length >= 2 && w.Text.All(char.IsAsciiDigit))];
    }

    /// <summary>The median width per digit of the clean numbers about <paramref name="height"/> tall, or null with too few of them.</summary>
    public static double? DigitWidth(IReadOnlyList<OcrWord> references, int height)
    {
        ArgumentNullException.ThrowIfNull(references);
        var widths = references
            .Where(w => Math.Abs(w.Height - height) <= HeightTolerance * height)
            .Select(w => (double)w.Width / Glyphs(w.Text))
            .Order()
            .ToList();
        return widths.Count < MinReferences ? null : widths[widths.Count / 2];
    }

    /// <summary>How many digits <paramref name="text"/>'s glyphs are off from what <paramref name="width"/> holds.</summary>
    public static double Error(string text, int width, double digitWidth) => Math.Abs((width / digitWidth) - Glyphs(text));

    /// <summary>True when Tesseract was unsure of the word (<see cref="UnsureConfidence"/>).</summary>
    public static bool IsUnsure(OcrWord word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Confidence < UnsureConfidence;
    }

    /// <summary>
    /// The re-read to take in place of <paramref name="first"/>: a clean number that fits the box
    /// clearly better, or, when the first reading was unsure, at least as well; null otherwise.
    /// </summary>
    public static string? Accept(string first, string reread, int width, double digitWidth, bool firstUnsure = false)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(reread);
        var text = reread.Trim();
        if (!IsCleanNumber(text) || text == first)
        {
            return null;
        }

        var error = Error(text, width, digitWidth);
        var firstError = Error(first, width, digitWidth);
        return error < Tolerance && error <= firstError - (firstUnsure ? 0 : Improvement) ? text : null;
    }

    /// <summary>Digits, possibly with look-alike letters or stray punctuation, and no other letters.</summary>
    public static bool IsNumberLike(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length is > 0 and <= 8 && text.Any(char.IsAsciiDigit) && (IsCleanNumber(text) || DigitConfusions.Correct(text) is not null || text.All(c => !char.IsLetter(c)));
    }

    /// <summary>A plain number: digits with at most one decimal point or comma, and an optional percent sign.</summary>
    public static bool IsCleanNumber(string text) => CleanNumber().IsMatch(text);

    // A point or a comma is half a figure's width in the fonts tables are set in (Times, Arial,
    // Calibri, DejaVu: 250 of 500, 278 of 556 …); counted as a whole digit or as none, a "59,5"
    // would not fit a box that holds it.
    private static double Glyphs(string text) => Math.Max(1, text.Sum(c => c is '.' or ',' ? 0.5 : 1));

    [GeneratedRegex(@"^\d+([.,]\d+)?%?$", RegexOptions.CultureInvariant)]
    private static partial Regex CleanNumber();
}
