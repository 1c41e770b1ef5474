using System.Text;
using Kompass.Ingest.Extraction.Metadata;
using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Extraction.Furniture;

/// <summary>
/// The text of a line with what changes from page to page masked: every run of digits becomes
/// "#" and every month name "&lt;m&gt;", lower case, white space collapsed. "Sida 3 av 12" and
/// "Sida 4 av 12" share a signature, as do "RAPPORT 2005-03-31" on every page.
/// </summary>
public sealed class LineSignature(MetadataOptions? options = null)
{
    private readonly MetadataOptions _options = options ?? MetadataOptions.Default;

    /// <summary>The signature of <paramref name="text"/>.</summary>
    public string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        foreach (var word in LowerCase.Swedish(text).Split((char[])[' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            var bare = word.Trim('.', ',', ':', ';');
            words.Add(_options.Months.ContainsKey(bare) ? "<m>" : MaskDigits(word));
        }

        return string.Join(' ', words);
    }

    /// <summary>True when the signature holds a letter: a line of digits and signs alone is a page number or nothing.</summary>
    public static bool HasLetter(string signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        return signature.Replace("<m>", "m", StringComparison.Ordinal).Any(char.IsLetter);
    }

    private static string MaskDigits(string word)
    {
        // Most words hold no digit: they are their own mask.
        if (!word.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return word;
        }

        var masked = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                masked.Append(c);
            }
            else if (masked.Length == 0 || masked[^1] != '#')
            {
                masked.Append('#');
            }
        }

        return masked.ToString();
    }
}
