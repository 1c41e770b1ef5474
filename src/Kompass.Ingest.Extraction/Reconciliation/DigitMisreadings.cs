using System.Globalization;

namespace Kompass.Ingest.Extraction.Reconciliation;

/// <summary>
/// The numbers OCR may have misread as a printed number, one slip each: a digit taken for a
/// look-alike (3 for 8, 5 for 6 or 3, 1 for 7, 9 for 2, 0 for 8 and back), a digit lost or one
/// added, or a decimal comma lost ("13,5" read as "125"). Which of them was printed only the
/// report's other statements of the value can tell (<see cref="AreaNumberReconciler"/>). Pure.
/// </summary>
public static class DigitMisreadings
{
    /// <summary>The index in <see cref="Tiers"/> of the readings with a decimal comma put back.</summary>
    public const int LostCommaTier = 1;

    /// <summary>The readings one slip away from <paramref name="read"/>, without it, each once, not negative.</summary>
    public static IReadOnlyList<decimal> Of(decimal read) => [.. Tiers(read).SelectMany(t => t).Distinct()];

    /// <summary>
    /// The same readings from the likeliest slip to the least likely: look-alike digits first, then
    /// a lost decimal comma, then a digit lost or added (which reaches many more numbers), so that a
    /// caller can take the likeliest kind of slip that explains what it sees.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<decimal>> Tiers(decimal read)
    {
        var text = read.ToString("0.####", CultureInfo.InvariantCulture);
        var (lookAlikes, comma, count) = (new List<string>(), new List<string>(), new List<string>());
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                continue;
            }

            lookAlikes.AddRange(LookAlikes(text[i]).Select(other => text[..i] + other + text[(i + 1)..]));
            count.Add(text.Remove(i, 1));
        }

        for (var i = 0; i <= text.Length; i++)
        {
            for (var digit = '0'; digit <= '9'; digit++)
            {
                count.Add(text.Insert(i, digit.ToString()));
            }
        }

        if (!text.Contains('.', StringComparison.Ordinal) && text.Length >= 2)
        {
            comma.Add(text.Insert(text.Length - 1, "."));
        }

        return [Numbers(lookAlikes, read), Numbers(comma, read), Numbers(count, read)];
    }

    private static IReadOnlyList<decimal> Numbers(IEnumerable<string> texts, decimal read)
        => texts
            .Select(t => decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && t.Length > 0 && char.IsAsciiDigit(t[0]) && char.IsAsciiDigit(t[^1]) ? value : (decimal?)null)
            .Where(v => v is { } value && value != read)
            .Select(v => v!.Value)
            .Distinct()
            .ToList();

    // Pairs Tesseract confuses on scanned tables, both ways.
    private static string LookAlikes(char digit) => digit switch
    {
        '0' => "8",
        '1' => "7",
        '2' => "9",
        '3' => "856",
        '5' => "63",
        '6' => "538",
        '7' => "1",
        '8' => "306",
        '9' => "2",
        _ => string.Empty,
    };
}
