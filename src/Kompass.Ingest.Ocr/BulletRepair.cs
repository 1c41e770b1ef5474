namespace Kompass.Ingest.Ocr;

/// <summary>
/// Puts back the bullet of a list line that Tesseract read as quotation marks or other small
/// glyphs ("«", "»«", "\"", "°"): a word made only of such glyphs that opens a line and stands
/// before a word becomes "•", as a born-digital list has it; a stray quotation mark the bullet left
/// on the next word ("» \"De förtroendevaldas roll") goes with it when no closing mark follows. A
/// round bullet ("o" in the 2010 layout) read as the digit "0" or a capital "O" is a bullet too when
/// it is smaller than the capitalised word after it: a printed zero or capital is as tall as a
/// capital letter, a round bullet only as tall as a small letter. Pure.
/// </summary>
public static class BulletRepair
{
    /// <summary>The bullet a repaired marker reads as.</summary>
    public const string Bullet = "•";

    private const string Lookalikes = "«»\"'“”„*°·•";
    private const string Quotes = "«»\"'“”„";

    // A round bullet is about an x-height (0.5–0.7 of the next word's box, which is at least a
    // capital's height); a digit or capital is 0.9 or more of it.
    private const double RoundBulletMaxHeightShare = 0.8;

    /// <summary>The words with each misread bullet put back.</summary>
    public static IReadOnlyList<OcrWord> Repair(IReadOnlyList<OcrWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var result = words.ToList();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var opensLine = i == 0 || words[i - 1].LineKey != words[i].LineKey;
            var text = words[i].Text.Trim();
            if (!opensLine || words[i + 1].LineKey != words[i].LineKey || text.Length is 0 or > 2 || text == Bullet
                || !(text.All(c => Lookalikes.Contains(c, StringComparison.Ordinal)) || IsRoundBullet(words[i], words[i + 1])))
            {
                continue;
            }

            result[i] = words[i] with { Text = Bullet };
            var next = words[i + 1].Text;
            if (next.Length > 1 && Quotes.Contains(next[0], StringComparison.Ordinal) && char.IsLetter(next[1])
                && !next[1..].Any(c => Quotes.Contains(c, StringComparison.Ordinal)))
            {
                result[i + 1] = words[i + 1] with { Text = next[1..] };
            }
        }

        return result;
    }

    private static bool IsRoundBullet(OcrWord marker, OcrWord next)
        => marker.Text is "0" or "O" && next.Text.Length > 1 && char.IsUpper(next.Text[0])
           && marker.Height <= RoundBulletMaxHeightShare * next.Height;
}
