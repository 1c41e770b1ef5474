using System.Globalization;

namespace Kompass.Ingest.Ocr;

/// <summary>
/// Puts back the percent sign that Tesseract's Swedish model misreads: in the score tables a
/// percentage ends its row ("43%"), and the sign comes out as a one- or two-character word of its
/// own ("Yo", "No", "NP", a lone "4" of low confidence, "96" after a number that already is the
/// row's percentage). The last word of a line, right beside a number of one to three digits and
/// about one glyph wide, is read as "%" and joined to the number, as the text layer of a
/// born-digital report has it. A sign glued to its percentage ("28920" for "28%") is cut off where
/// the box's width says the digits end, or, where the page gives no digit width, where the row's
/// score and max say. Pure.
/// </summary>
public static class PercentSignRepair
{
    // Below this confidence a lone digit after a percentage is a misread sign, not a number.
    private const double LowConfidence = 60;

    // Below this confidence a percentage with something glued to it is looked at again.
    private const double GluedConfidence = 70;

    // The sign comes out as up to three characters ("N", "96", "940").
    private const int MaxSignCharacters = 3;

    // A glued percentage is read only when it lies this close to score / max (percentage points).
    private const double MaxPercentOff = 10;

    // A percent sign is about one and a half figures wide (Times 833 of 500, Arial 889 of 556,
    // Calibri 715 of 507, DejaVu 950 of 636).
    private const double SignInDigits = 1.55;

    // A width that lies this close (in digits) to a prefix's digits and a sign names that prefix.
    private const double WidthTolerance = 0.5;

    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>The words with each such sign joined to its number.</summary>
    public static IReadOnlyList<OcrWord> Repair(IReadOnlyList<OcrWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var references = NumberWordFit.References(words);
        var result = new List<OcrWord>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var lastOfLine = i + 1 == words.Count || words[i + 1].LineKey != word.LineKey;
            if (lastOfLine && result.Count > 0 && result[^1].LineKey == word.LineKey && IsPercentage(result[^1].Text)
                && Beside(result[^1], word) && (IsSign(word) || IsSurplusAfterPercentage(word, result)))
            {
                var number = result[^1];
                result[^1] = number with { Text = number.Text + "%", Width = word.Left + word.Width - number.Left };
                continue;
            }

            result.Add(lastOfLine && GluedSign(word, result, references) is { } joined ? word with { Text = joined } : word);
        }

        return result;
    }

    // "43N", "380", "4840", "75940": the sign read as a letter or one to three digits glued to the percentage,
    // at the end of a row whose two numbers before it are the score and the max, with low
    // confidence or as digits that make more than 100. The number is the prefix whose digits and a
    // sign fill the box (the page's digit width); failing that, the prefix nearest to 100 · score / max (the relation the
    // percent-mismatch rule checks), and only when it is within 10 of it. The width comes first: it
    // does not depend on the score, which OCR may have misread too ("35" for 15,5 would make 78 %
    // look wrong).
    private static string? GluedSign(OcrWord word, List<OcrWord> before, IReadOnlyList<OcrWord> references)
    {
        var text = word.Text;
        // Sure or not, a percentage above 100 cannot be one: "4290" is "42%" however confident.
        var impossible = text.Length is >= 2 and <= 6 && text.All(char.IsAsciiDigit) && int.Parse(text, CultureInfo.InvariantCulture) > 100;
        if ((word.Confidence >= GluedConfidence && !impossible) || text.Length is < 2 or > 6 || text[^1] == '%' || !char.IsAsciiDigit(text[0])
            || before.Count < 2 || before[^1].LineKey != word.LineKey || before[^2].LineKey != word.LineKey
            || Number(before[^2].Text) is not { } score || Number(before[^1].Text) is not { } max || max <= 0)
        {
            return null;
        }

        var prefixes = Enumerable.Range(1, Math.Min(3, text.Length - 1))
            .Where(n => text.Length - n <= MaxSignCharacters && text[..n].All(char.IsAsciiDigit) && int.Parse(text[..n], CultureInfo.InvariantCulture) <= 100)
            .Select(n => text[..n])
            .ToList();
        // Only a reading that cannot be a percentage as it stands ("28920", "43N") is cut by its
        // width: an unsure "53" ending a summary row (score, max, mean) fills its box as it is.
        var whole = text.All(char.IsAsciiDigit) && int.Parse(text, CultureInfo.InvariantCulture) <= 100;
        if (!whole && NumberWordFit.DigitWidth(references, word.Height) is { } digitWidth)
        {
            var digits = (word.Width / digitWidth) - SignInDigits;
            var byWidth = prefixes.Where(p => Math.Abs(p.Length - digits) < WidthTolerance).ToList();
            if (byWidth.Count == 1)
            {
                return byWidth[0] + "%";
            }
        }

        var expected = 100 * score / max;
        var best = prefixes
            .Select(p => (Prefix: p, Off: Math.Abs(int.Parse(p, CultureInfo.InvariantCulture) - expected)))
            .OrderBy(c => c.Off)
            .FirstOrDefault();
        return best.Prefix is not null && best.Off <= MaxPercentOff ? best.Prefix + "%" : null;
    }

    // A sign is printed right after its number ("43%" or "43 %"); a word a column away is another cell.
    private static bool Beside(OcrWord number, OcrWord sign)
        => sign.Left - (number.Left + number.Width) <= number.Height;

    // "80 96": the sign read as one or two digits, where the number before it already is the row's
    // percentage (within rounding of 100 · score / max), so the digits cannot be another column.
    private static bool IsSurplusAfterPercentage(OcrWord word, List<OcrWord> before)
    {
        if (word.Text.Length > 2 || !word.Text.All(char.IsAsciiDigit) || before.Count < 3
            || before[^2].LineKey != word.LineKey || before[^3].LineKey != word.LineKey
            || Number(before[^3].Text) is not { } score || Number(before[^2].Text) is not { } max || max <= 0
            || Number(before[^1].Text) is not { } percent)
        {
            return false;
        }

        return Math.Abs(percent - (100 * score / max)) <= 1;
    }

    private static bool IsSign(OcrWord word)
        => word.Text.Length <= 2
           && word.Width <= 1.5 * word.Height
           && (word.Text.All(c => !char.IsAsciiDigit(c)) || (word.Text.Length == 1 && word.Confidence < LowConfidence));

    private static bool IsPercentage(string text) => text.Length is >= 1 and <= 3 && text.All(char.IsAsciiDigit);

    private static double? Number(string text)
        => text.Length > 0 && text.All(c => char.IsAsciiDigit(c) || c == ',')
           && double.TryParse(text, NumberStyles.AllowDecimalPoint, Swedish, out var value) ? value : null;
}
