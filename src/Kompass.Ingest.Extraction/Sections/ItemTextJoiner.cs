using System.Text;
using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Extraction.Sections;

/// <summary>
/// Joins the lines of one list item into its text, one space between lines, and mends words
/// hyphenated across a line break: "kompetens-" + "försörjning" becomes "kompetensförsörjning";
/// the hyphen stays where it belongs to the text: before "och"/"eller" ("mål- och
/// resultatstyrning"), after an abbreviation, a single letter or a number ("KF-sammanträden",
/// "e-tjänster"), before a capital, or where the document prints the hyphenated form elsewhere.
/// A soft hyphen is always removed. Pure.
/// </summary>
internal static class ItemTextJoiner
{
    private const char SoftHyphen = '\u00AD';

    /// <summary>
    /// The item's text from its lines, each given as its first word and its text (its words joined
    /// with single spaces, as a line's text is); lines without words are not given. A line's text
    /// is appended whole: the words of each were listed and joined again for every item.
    /// </summary>
    public static string Join(IEnumerable<(string FirstWord, string Text)> lines, Func<string, bool> documentHasWord, IReadOnlyList<string> keepHyphenBefore)
    {
        var text = new StringBuilder();
        foreach (var (next, words) in lines)
        {
            if (text.Length == 0)
            {
                text.Append(words);
                continue;
            }

            var ending = text[^1];
            var broken = (ending == '-' || ending == SoftHyphen || ending == '\u2010') && text.Length >= 2 && char.IsLetter(text[^2]) && char.IsLetter(next[0]);
            if (!broken)
            {
                text.Append(' ').Append(words);
                continue;
            }

            var stem = LastWord(text)[..^1];
            if (ending == SoftHyphen)
            {
                text.Length--;
            }
            else if (keepHyphenBefore.Contains(LowerCase.Invariant(Trim(next))))
            {
                text.Append(' ');
            }
            else if (!KeepsHyphen(stem, next, documentHasWord))
            {
                text.Length--;
            }

            text.Append(words);
        }

        return text.ToString();
    }

    private static bool KeepsHyphen(string stem, string next, Func<string, bool> documentHasWord)
    {
        var word = Trim(next);
        if (stem.Length <= 2 || stem.Any(char.IsDigit) || stem.All(c => !char.IsLetter(c) || char.IsUpper(c)) || char.IsUpper(word[0]))
        {
            return true;
        }

        return documentHasWord(stem + "-" + word) && !documentHasWord(stem + word);
    }

    private static string LastWord(StringBuilder text)
    {
        var start = text.Length - 1;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        return text.ToString(start, text.Length - start);
    }

    private static string Trim(string word) => word.TrimEnd('.', ',', ';', ':', '!', '?', ')', '"', '\u201D');
}
