namespace Kompass.Ingest.Ocr;

/// <summary>
/// Reads a word that is mostly digits as a number: O and o are 0, l, I and | are 1, S is 5, B is 8,
/// a colon is a full stop ("5O" → "50", "l00" → "100", "4,S" → "4,5", the id "4:2" → "4.2"). Only inside runs that hold at least as many real
/// digits as look-alikes, so that words ("OS", "Il") never become numbers. Pure.
/// </summary>
public static class DigitConfusions
{
    /// <summary>The corrected text, or null when <paramref name="text"/> is not such a number or needs no correction.</summary>
    public static string? Correct(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (digits, lookalikes) = (0, 0);
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (Lookalike(c) is not null)
            {
                lookalikes++;
            }
            else if (c is not ('.' or ',' or '%' or '(' or ')' or '-' or '–' or '/'))
            {
                return null;
            }
        }

        if (lookalikes == 0 || digits == 0 || digits < lookalikes)
        {
            return null;
        }

        return string.Concat(text.Select(c => Lookalike(c) ?? c));
    }

    private static char? Lookalike(char c) => c switch
    {
        ':' => '.',
        'O' or 'o' or 'D' => '0',
        'l' or 'I' or '|' or 'i' => '1',
        'S' or 's' => '5',
        'B' => '8',
        'Z' => '2',
        _ => null,
    };
}
