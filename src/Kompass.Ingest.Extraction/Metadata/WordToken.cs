namespace Kompass.Ingest.Extraction.Metadata;

/// <summary>
/// One white-space separated word of a string: where it stands, its text, and its text with
/// surrounding punctuation trimmed (<see cref="Bare"/>; empty for a dash or a lone sign).
/// </summary>
public sealed record WordToken(string Text, string Bare, int Start, int Length)
{
    private static readonly char[] Punctuation = ['.', ',', ':', ';', '!', '?', '(', ')', '[', ']', '"', '\'', '«', '»', '”', '“', '’', '–', '—', '-', '/'];

    /// <summary>True when the bare word starts with an upper-case letter.</summary>
    public bool IsCapitalised => Bare.Length > 0 && char.IsUpper(Bare[0]);

    /// <summary>True when the bare word holds letters and none of them is lower case ("KOMMUN", "SKL").</summary>
    public bool IsAllCaps => Bare.Any(char.IsLetter) && !Bare.Any(char.IsLower);

    /// <summary>The words of <paramref name="text"/>, left to right.</summary>
    public static IReadOnlyList<WordToken> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<WordToken>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var word = text[start..i];
            tokens.Add(new WordToken(word, word.Trim(Punctuation), start, i - start));
        }

        return tokens;
    }
}
