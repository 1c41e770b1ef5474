namespace Kompass.Ingest.Extraction.Normalisation;

/// <summary>
/// Letters and digits in a text, counted over its characters directly: LINQ over a string
/// (<c>text.Any(char.IsLetter)</c>) allocates an enumerator and calls through an interface per
/// character, and these run for every word or line of a document. Pure and thread-safe.
/// </summary>
internal static class CharCounts
{
    /// <summary>True when <paramref name="text"/> holds a letter, as <c>text.Any(char.IsLetter)</c>.</summary>
    public static bool HasLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="text"/> holds a decimal digit, as <c>text.Any(char.IsDigit)</c>:
    /// any character the regex class <c>\d</c> matches, so a text without one cannot match a
    /// pattern that needs a digit.
    /// </summary>
    public static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many letters <paramref name="text"/> holds, as <c>text.Count(char.IsLetter)</c>.</summary>
    public static int Letters(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsLetter(c) ? 1 : 0;
        }

        return count;
    }

    /// <summary>How many letters and digits <paramref name="text"/> holds, as <c>text.Count(char.IsLetterOrDigit)</c>.</summary>
    public static int LettersOrDigits(string text) => LettersOrDigits(text.AsSpan());

    /// <summary>How many letters and digits <paramref name="text"/> holds.</summary>
    public static int LettersOrDigits(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsLetterOrDigit(c) ? 1 : 0;
        }

        return count;
    }
}
