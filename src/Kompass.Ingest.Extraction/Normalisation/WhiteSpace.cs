using System.Text;

namespace Kompass.Ingest.Extraction.Normalisation;

/// <summary>
/// Runs of white space collapsed to one space without a regular expression: every label and
/// heading test normalises its line so, and most lines need no change at all, which a replace
/// through <c>\s+</c> still pays a match and a new string for. Pure and thread-safe.
/// </summary>
internal static class WhiteSpace
{
    /// <summary>
    /// <paramref name="text"/> with every run of white space (<see cref="char.IsWhiteSpace(char)"/>,
    /// the characters the regex class <c>\s</c> matches) turned into one space, as
    /// <c>Regex.Replace(text, @"\s+", " ")</c> gives it; <paramref name="text"/> itself when nothing changes.
    /// </summary>
    public static string Collapse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstToChange(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        var inRun = first > 0 && char.IsWhiteSpace(text[first - 1]);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
                inRun = false;
            }
            else if (!inRun)
            {
                builder.Append(' ');
                inRun = true;
            }
        }

        return builder.ToString();
    }

    // The first white space the collapse changes (one other than a plain space, or one following
    // white space); -1 when there is none.
    private static int FirstToChange(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || (i > 0 && char.IsWhiteSpace(text[i - 1]))))
            {
                return i;
            }
        }

        return -1;
    }
}
