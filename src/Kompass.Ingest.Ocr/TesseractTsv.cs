using System.Globalization;

namespace Kompass.Ingest.Ocr;

/// <summary>
/// Parses Tesseract's TSV output: a header line, then one row per page, block, paragraph, line and
/// word (<c>level page_num block_num par_num line_num word_num left top width height conf text</c>).
/// Only word rows (level 5) with text are kept. Pure and thread-safe.
/// </summary>
public static class TesseractTsv
{
    private const int WordLevel = 5;
    private const int Columns = 12;

    /// <summary>The words of <paramref name="tsv"/> in reading order; rows that do not parse are skipped.</summary>
    public static IReadOnlyList<OcrWord> Parse(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var words = new List<OcrWord>();
        foreach (var row in tsv.Split('\n'))
        {
            var cells = row.TrimEnd('\r').Split('\t');
            if (cells.Length < Columns || !Int(cells[0], out var level) || level != WordLevel)
            {
                continue;
            }

            var text = string.Join('\t', cells.Skip(Columns - 1)).Trim();
            if (text.Length == 0
                || !Int(cells[2], out var block) || !Int(cells[3], out var paragraph) || !Int(cells[4], out var line)
                || !Int(cells[6], out var left) || !Int(cells[7], out var top) || !Int(cells[8], out var width) || !Int(cells[9], out var height)
                || !double.TryParse(cells[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence))
            {
                continue;
            }

            words.Add(new OcrWord(block, paragraph, line, text, left, top, width, height, confidence));
        }

        return words;
    }

    private static bool Int(string text, out int value) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
}
