namespace Kompass.Ingest.Ocr;

/// <summary>
/// Puts back the percent sign that Tesseract's Swedish model misreads: in the score tables a
/// percentage ends its row ("43%"), and the sign comes out as a one- or two-character word of its
/// own ("Yo", "No", "NP", a "4" of low confidence). The last word of a line, right after a number of
/// one to three digits and about one glyph wide, is read as "%" and joined to the number, as the
/// text layer of a born-digital report has it. Pure.
/// </summary>
public static class PercentSignRepair
{
    // Below this confidence a lone digit after a percentage is a misread sign, not a number.
    private const double LowConfidence = 60;

    /// <summary>The words with each such sign joined to its number.</summary>
    public static IReadOnlyList<OcrWord> Repair(IReadOnlyList<OcrWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var result = new List<OcrWord>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var lastOfLine = i + 1 == words.Count || words[i + 1].LineKey != word.LineKey;
            if (lastOfLine && result.Count > 0 && result[^1].LineKey == word.LineKey && IsSign(word) && IsPercentage(result[^1].Text))
            {
                var number = result[^1];
                result[^1] = number with { Text = number.Text + "%", Width = word.Left + word.Width - number.Left };
                continue;
            }

            result.Add(word);
        }

        return result;
    }

    private static bool IsSign(OcrWord word)
        => word.Text.Length <= 2
           && word.Width <= 1.5 * word.Height
           && (word.Text.Any(c => !char.IsAsciiDigit(c)) || word.Confidence < LowConfidence);

    private static bool IsPercentage(string text) => text.Length is >= 1 and <= 3 && text.All(char.IsAsciiDigit);
}
