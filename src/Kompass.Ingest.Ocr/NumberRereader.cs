using System.Globalization;
using System.Text;

namespace Kompass.Ingest.Ocr;

/// <summary>
/// Reads again, alone, the number words of a page that do not fit their boxes
/// (<see cref="NumberWordFit"/>): each box is cut out of the page image with a margin and given to
/// the engine as a single word of digits (<see cref="ITextRecogniser.RecogniseNumber"/>), at the
/// page's resolution and enlarged twice; a re-read that both agree on and that is a clean number fitting the box clearly better replaces the word's text, with a
/// note. The re-reads are cached beside the page's recognition (its key and this method's), so a
/// cached page calls the engine for none of them. At most <see cref="MaxPerPage"/> words a page.
/// Thread-safe.
/// </summary>
internal sealed class NumberRereader(ITextRecogniser engine, OcrResultCache cache)
{
    /// <summary>A page with more misfit numbers than this is not a table misread here and there; the rest stay as read.</summary>
    public const int MaxPerPage = 40;

    // Part of the cache key: a change of the crop or the engine's settings must not reuse old re-reads.
    private const string Method = "numbers-psm8-pad0.6-x1x2-v2";

    // The margin around a box, in digit widths: the ink Tesseract left outside its box.
    private const double Margin = 0.6;

    /// <summary>The page's words with the re-reads taken, and one note per re-read taken and one for the page.</summary>
    public (IReadOnlyList<OcrWord> Words, IReadOnlyList<string> Notes) Reread(
        IReadOnlyList<OcrWord> words, byte[] png, string pageKey, int pageNumber, string workFolder, CancellationToken cancellationToken)
    {
        var misfits = NumberWordFit.Misfits(words).Take(MaxPerPage).ToList();
        if (misfits.Count == 0)
        {
            return (words, []);
        }

        var key = pageKey + "-" + Method;
        var readings = Parse(cache.Find(key));
        var missing = misfits.Where(m => !readings.ContainsKey(BoxOf(m.Word))).ToList();
        if (missing.Count > 0)
        {
            var boxes = missing.Select(m => Padded(m.Word, m.DigitWidth)).ToList();
            var (native, enlarged) = (PngCrop.Crops(png, boxes), PngCrop.Crops(png, boxes, scale: 2));
            for (var i = 0; i < Math.Min(native.Count, enlarged.Count); i++)
            {
                // The same crop at two resolutions: a reading both give is the ink's, one only one
                // gives is the resampling's (a clean "73" read "72" at one scale and not the other).
                var first = Read(native[i], Path.Combine(workFolder, $"{key}-{i}.png"), cancellationToken);
                var second = Read(enlarged[i], Path.Combine(workFolder, $"{key}-{i}x2.png"), cancellationToken);
                if (first is not null && second is not null)
                {
                    readings[BoxOf(missing[i].Word)] = first == second ? first : "";
                }
            }

            cache.Keep(key, Format(readings));
        }

        var replaced = new Dictionary<OcrWord, string>(ReferenceEqualityComparer.Instance);
        var notes = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"page {pageNumber}: {misfits.Count} number word(s) did not fit their boxes or were read unsure, and were read again alone"),
        };
        foreach (var (word, digitWidth) in misfits)
        {
            if (readings.TryGetValue(BoxOf(word), out var reread) && NumberWordFit.Accept(word.Text, reread, word.Width, digitWidth, NumberWordFit.IsUnsure(word)) is { } taken)
            {
                replaced[word] = taken;
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"page {pageNumber}: OCR read \"{word.Text}\" in a box {word.Width / digitWidth:0.0} digits wide; read alone it is {taken}"));
            }
        }

        return ([.. words.Select(w => replaced.TryGetValue(w, out var text) ? w with { Text = text } : w)], notes);
    }

    private string? Read(byte[] crop, string path, CancellationToken cancellationToken)
    {
        try
        {
            File.WriteAllBytes(path, crop);
            return string.Concat(TesseractTsv.Parse(engine.RecogniseNumber(path, cancellationToken)).Select(w => w.Text));
        }
        catch (OcrEngineException)
        {
            // A failed re-read leaves the word as first read; it is tried again on the next read of the page.
            return null;
        }
    }

    private static (int Left, int Top, int Width, int Height) Padded(OcrWord word, double digitWidth)
    {
        var margin = (int)Math.Ceiling(Margin * digitWidth);
        return (word.Left - margin, word.Top - margin, word.Width + (2 * margin), word.Height + (2 * margin));
    }

    private static string BoxOf(OcrWord word) => string.Create(CultureInfo.InvariantCulture, $"{word.Left}\t{word.Top}\t{word.Width}\t{word.Height}");

    // The cache file: one line per re-read box, "left top width height" and the text read, tab-separated.
    private static Dictionary<string, string> Parse(string? cached)
    {
        var readings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in (cached ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var cut = line.LastIndexOf('\t');
            if (cut > 0)
            {
                readings[line[..cut]] = line[(cut + 1)..];
            }
        }

        return readings;
    }

    private static string Format(Dictionary<string, string> readings)
    {
        var text = new StringBuilder();
        foreach (var (box, reading) in readings)
        {
            text.Append(box).Append('\t').Append(reading).Append('\n');
        }

        return text.ToString();
    }
}
