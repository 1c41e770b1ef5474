namespace Kompass.Ingest.Ocr;

/// <summary>
/// Puts back the bullet of a list line that Tesseract read as quotation marks or other small
/// glyphs ("«", "»«", "\"", "°"): a word made only of such glyphs that opens a line and stands
/// before a word becomes "•", as a born-digital list has it; a stray quotation mark the bullet left
/// on the next word ("» \"De förtroendevaldas roll") goes with it when no closing mark follows. Pure.
/// </summary>
public static class BulletRepair
{
    /// <summary>The bullet a repaired marker reads as.</summary>
    public const string Bullet = "•";

    private const string Lookalikes = "«»\"'“”„*°·•";
    private const string Quotes = "«»\"'“”„";

    /// <summary>The words with each misread bullet put back.</summary>
    public static IReadOnlyList<OcrWord> Repair(IReadOnlyList<OcrWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var result = words.ToList();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var opensLine = i == 0 || words[i - 1].LineKey != words[i].LineKey;
            var text = words[i].Text.Trim();
            if (!opensLine || words[i + 1].LineKey != words[i].LineKey || text.Length is 0 or > 2
                || !text.All(c => Lookalikes.Contains(c, StringComparison.Ordinal)) || text == Bullet)
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
}
