using Kompass.Ingest.Domain.Layout;

namespace Kompass.Ingest.Ocr;

/// <summary>
/// Corrects the confusions OCR typically makes where the structure says what a word must be, never
/// more: a word that is mostly digits is a number, so its look-alike letters are digits
/// (<see cref="DigitConfusions"/>); a word that differs from a known word (a label such as "Poäng" or
/// "STYRKOR", a word of an area name) only in look-alike characters (ä/a, Ö/O/0, l/I/1 …) is that
/// word (<see cref="KnownWordMatcher"/>). A word that could be an ordinary word is left alone. The
/// document still carries <c>low-text-quality</c>, so every corrected value is reviewed. Pure and
/// thread-safe.
/// </summary>
public sealed class OcrWordCorrector
{
    private readonly KnownWordMatcher _known;

    /// <summary>Corrects against <paramref name="knownWords"/> (split at spaces; case is kept from the page).</summary>
    public OcrWordCorrector(IEnumerable<string> knownWords)
    {
        ArgumentNullException.ThrowIfNull(knownWords);
        _known = new KnownWordMatcher(knownWords);
    }

    /// <summary>Only the digit corrections: no known words.</summary>
    public static OcrWordCorrector None { get; } = new([]);

    /// <summary>The words with their text corrected where the rules above apply.</summary>
    public IReadOnlyList<Word> Correct(IReadOnlyList<Word> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var result = new List<Word>(words.Count);
        foreach (var word in words)
        {
            var text = DigitConfusions.Correct(word.Text) ?? _known.Correct(word.Text) ?? word.Text;
            result.Add(text == word.Text ? word : word with { Text = text });
        }

        return result;
    }
}
