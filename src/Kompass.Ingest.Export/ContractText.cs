using System.Text;

namespace Kompass.Ingest.Export;

/// <summary>
/// The contract's "whitespace collapsed": runs of white space become one space, none at either
/// end. White space is what the acceptance checker (Python's <c>str.split()</c>) splits on:
/// .NET's white space plus the four separator controls U+001C–U+001F.
/// </summary>
public static class ContractText
{
    /// <summary>The collapsed text; null stays null.</summary>
    public static string? Collapse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The collapsed text, or null when nothing but white space is left.</summary>
    public static string? CollapseToNull(string? text) => Collapse(text) is { Length: > 0 } collapsed ? collapsed : null;

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001C' and <= '\u001F';
}
