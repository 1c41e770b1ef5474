using System.Globalization;
using System.Text.RegularExpressions;
using Kompass.Ingest.Domain.Layout;

namespace Kompass.Ingest.Extraction.Sections;

/// <summary>
/// Recognises a list marker opening a line: a bullet symbol ("•", "–", "-", "■", "▪", "›", "*",
/// any other symbol such as an arrow "→" or a tick "✓", a symbol-font bullet from the private use
/// area, or "o" before a capital), alone or glued to the first word, or an enumerator ("1.", "2)",
/// "a)", "(3)"). Pure.
/// </summary>
internal static partial class ListMarker
{
    private const string Bullets = "•·●○◦▪■□▫◆◇♦►▶▸›»‣⁃∙✓✔➢➤–—-*\u2212";

    /// <summary>The words of <paramref name="words"/> without the marker, and whether there was one.</summary>
    public static (bool IsMarker, IReadOnlyList<string> Words) Strip(IReadOnlyList<Word> words)
    {
        var texts = words.Select(w => w.Text).ToList();
        if (texts.Count == 0)
        {
            return (false, texts);
        }

        var first = texts[0];
        if (texts.Count >= 2 && IsMarkerWord(first, texts[1]))
        {
            return (true, texts.Skip(1).ToList());
        }

        if (IsGluedMarker(first))
        {
            texts[0] = first[1..];
            return (true, texts);
        }

        return (false, texts);
    }

    /// <summary>
    /// True when <paramref name="words"/> open with a marker, as <see cref="Strip"/> tells, without
    /// building the stripped words: the block splitter asks of every line it admits.
    /// </summary>
    public static bool IsMarked(IReadOnlyList<Word> words)
        => words.Count > 0 && ((words.Count >= 2 && IsMarkerWord(words[0].Text, words[1].Text)) || IsGluedMarker(words[0].Text));

    /// <summary>
    /// True when <paramref name="words"/> open with a marker standing as a word of its own before
    /// the text ("•", "1.", "o" before a capital), not glued to it: when <see cref="Strip"/> would
    /// take a whole word away.
    /// </summary>
    public static bool OpensWithMarkerWord(IReadOnlyList<Word> words)
        => words.Count >= 2 && IsMarkerWord(words[0].Text, words[1].Text);

    // A marker standing as a word of its own before the text.
    private static bool IsMarkerWord(string first, string second)
        => IsBullet(first) || Enumerator().IsMatch(first) || (first == "o" && StartsCapital(second));

    // A bullet glued to the first word ("•Tydlig"); a dash so glued is a hyphenated word's.
    private static bool IsGluedMarker(string first)
        => first.Length >= 2 && IsBulletChar(first[0]) && first[0] is not ('-' or '–' or '—') && char.IsLetterOrDigit(first[1]);

    /// <summary>True for a word that is only a marker (a bullet set apart from its text by a wide gap).</summary>
    public static bool IsMarkerOnly(string text) => IsBullet(text.Trim()) || Enumerator().IsMatch(text.Trim());

    private static bool IsBullet(string word) => word.Length > 0 && word.All(IsBulletChar) && word.Length <= 2;

    // Designers pick any symbol for a bullet (arrows, ticks, dingbats): a symbol standing alone
    // before the first word is one, whatever its code point.
    private static bool IsBulletChar(char c)
        => Bullets.Contains(c, StringComparison.Ordinal) || c is >= '\uE000' and <= '\uF8FF'
           || char.GetUnicodeCategory(c) is UnicodeCategory.MathSymbol or UnicodeCategory.OtherSymbol;

    private static bool StartsCapital(string word) => word.Length > 0 && (char.IsUpper(word[0]) || char.IsDigit(word[0]));

    [GeneratedRegex(@"^(?:\(?\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-zåäö]\)|[a-zåäö]\.)$", RegexOptions.CultureInvariant)]
    private static partial Regex Enumerator();
}
