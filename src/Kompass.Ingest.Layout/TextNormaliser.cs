using System.Text;

namespace Kompass.Ingest.Layout;

/// <summary>
/// Puts text read from a PDF into the form extraction expects: typographic ligatures spelled out
/// ("ﬁ" → "fi"), odd spaces made plain, invisible characters (soft hyphen, zero-width space,
/// byte-order mark) removed, runs of white space collapsed, and Unicode NFC so that "å" is one
/// character even when the PDF drew "a" plus a combining ring. A lone surrogate (half of a pair,
/// which a broken font map can produce) becomes U+FFFD: it is no Unicode, NFC refuses it, and so
/// does the store. Pure and thread-safe.
/// </summary>
public static class TextNormaliser
{
    /// <summary>Returns the normalised text; white space at either end is trimmed.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsPlain(text) ? text : Rebuild(text);
    }

    /// <summary>As <see cref="Normalise(string)"/>, for text not yet made a string: a plain one becomes one string, once.</summary>
    internal static string Normalise(ReadOnlySpan<char> text) => IsPlain(text) ? new string(text) : Rebuild(text);

    private static string Rebuild(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length + 4);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsInvisible(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            if (!char.IsSurrogate(c))
            {
                AppendSpelledOut(builder, c);
            }
            else if (i + 1 < text.Length && char.IsSurrogatePair(c, text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(ReplacementCharacter);
            }
        }

        var result = builder.ToString();
        return result.IsNormalized(NormalizationForm.FormC) ? result : result.Normalize(NormalizationForm.FormC);
    }

    // Most words are plain ASCII or Latin-1 letters (å, ä, ö, é): skip the rebuild for them (the
    // reader normalises every word). Each of those characters is visible, no space, and already its
    // own NFC form; the soft hyphen is the one invisible character among them.
    private static bool IsPlain(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is < '!' or (> '~' and < '\u00A1') or '\u00AD' or > '\u00FF')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <paramref name="text"/> with each lone surrogate replaced by U+FFFD, and otherwise as it is
    /// (for text that is kept as printed, such as a producer's name).
    /// </summary>
    public static string WithoutLoneSurrogates(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i + 1 < chars.Length && char.IsSurrogatePair(chars[i], chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = ReplacementCharacter;
            }
        }

        return new string(chars);
    }

    private const char ReplacementCharacter = '\uFFFD';

    private static bool IsInvisible(char c) => c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    private static void AppendSpelledOut(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '\uFB00': builder.Append("ff"); break;
            case '\uFB01': builder.Append("fi"); break;
            case '\uFB02': builder.Append("fl"); break;
            case '\uFB03': builder.Append("ffi"); break;
            case '\uFB04': builder.Append("ffl"); break;
            case '\uFB05' or '\uFB06': builder.Append("st"); break;
            default: builder.Append(c); break;
        }
    }
}
