namespace Kompass.Ingest.Ocr;

/// <summary>
/// Takes out what Tesseract reads from a table's ruling lines rather than from its text. A rule is
/// not text, but the engine turns it into words of its own ("—" between a question's id and its
/// text, "|" at a row's end) or glues it to the word beside it ("|2.", "[3.2", "123" for "|23").
/// A word made only of rule glyphs is dropped when it is a vertical bar, or a dash read with low
/// confidence inside a line (a dash the engine is sure of is punctuation, one opening a line a bullet).
/// A word that opens with a bar or a bracket that never closes, or with a look-alike ("l", "1") and
/// stands clearly taller than the other words of its line (the rule runs beyond the text), loses
/// that glyph and takes its line's top and height. Pure.
/// </summary>
public static class RuleArtefacts
{
    // Below this confidence a word of dashes is a horizontal rule, not punctuation.
    private const double DashConfidence = 60;

    // A word this many times taller than its line's median word takes in a vertical rule.
    private const double TallShare = 1.6;

    private const string RuleGlyphs = "|—–-_=~[]";
    private const string VerticalGlyphs = "|[]lI1";

    /// <summary>The words without rule artefacts.</summary>
    public static IReadOnlyList<OcrWord> Remove(IReadOnlyList<OcrWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var lines = words.GroupBy(w => w.LineKey).ToDictionary(g => g.Key, g => (Top: Median(g.Select(w => w.Top)), Height: Median(g.Select(w => w.Height))));
        var result = new List<OcrWord>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var opensLine = i == 0 || words[i - 1].LineKey != word.LineKey;
            if (IsRule(word, opensLine))
            {
                continue;
            }

            result.Add(WithoutLeadingRule(word, lines[word.LineKey]) ?? word);
        }

        return result;
    }

    // A dash that opens a line is a list's bullet, however unsure the engine is of it.
    private static bool IsRule(OcrWord word, bool opensLine)
    {
        var text = word.Text.Trim();
        return text.Length > 0 && text.All(c => RuleGlyphs.Contains(c, StringComparison.Ordinal))
            && (text.All(c => c == '|') || (word.Confidence < DashConfidence && !opensLine));
    }

    // "|2." → "2.": the first glyph is a vertical rule when it is a bar or a bracket that never
    // closes (no text has those), or a glyph like "l" or "1" on a word much taller than its line.
    private static OcrWord? WithoutLeadingRule(OcrWord word, (int Top, int Height) line)
    {
        var text = word.Text.Trim();
        if (text.Length < 2 || !char.IsLetterOrDigit(text[1]) || !(IsBarOrOpenBracket(text) || IsTallLookalike(text, word, line)))
        {
            return null;
        }

        // The glyphs share the box evenly enough to move its left edge past the rule.
        var glyph = (double)word.Width / text.Length;
        return word with
        {
            Text = text[1..],
            Left = word.Left + (int)Math.Round(glyph),
            Width = word.Width - (int)Math.Round(glyph),
            Top = line.Top,
            Height = line.Height,
        };
    }

    private static bool IsBarOrOpenBracket(string text)
        => text[0] == '|' || (text[0] == '[' && !text.Contains(']', StringComparison.Ordinal)) || text[0] == ']';

    private static bool IsTallLookalike(string text, OcrWord word, (int Top, int Height) line)
        => VerticalGlyphs.Contains(text[0], StringComparison.Ordinal) && word.Height >= TallShare * line.Height;

    private static int Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
