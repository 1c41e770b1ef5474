using System.Globalization;

namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>
/// How Swedish reports print numbers, dates and names: decimal comma only when a value is
/// fractional ("12,5", "71"), percent with or without a space, "12 mars 2017", genitive forms.
/// </summary>
public static class SwedishFormat
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    private static readonly string[] Ordinals = ["första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde"];

    /// <summary>A score as printed: "71", "12,5", "-3" (hyphen-minus, as word processors print it).</summary>
    public static string Score(decimal value)
        => value.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>A percent as printed: "65%" or, with <paramref name="spaced"/>, "65 %".</summary>
    public static string Percent(int value, bool spaced)
        => value.ToString(CultureInfo.InvariantCulture) + (spaced ? " %" : "%");

    /// <summary>The percent <paramref name="score"/> is of <paramref name="max"/>, rounded half away from zero; null for a zero max.</summary>
    public static int? PercentOf(decimal? score, decimal? max)
        => score is { } s && max is { } m && m != 0 ? (int)Math.Round(s * 100 / m, MidpointRounding.AwayFromZero) : null;

    /// <summary>"2017-06-25".</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"25 juni 2017".</summary>
    public static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", Swedish);

    /// <summary>"februari" for 2.</summary>
    public static string MonthName(int month) => Swedish.DateTimeFormat.GetMonthName(month);

    /// <summary>Upper case by Swedish rules ("ÖREBRO").</summary>
    public static string Upper(string text) => text.ToUpper(Swedish);

    /// <summary>"första" for 1, "andra" for 2 …; digits past the eighth.</summary>
    public static string Ordinal(int round)
        => round >= 1 && round <= Ordinals.Length ? Ordinals[round - 1] : round.ToString(CultureInfo.InvariantCulture) + ":e";

    /// <summary>The genitive of a name: "Vallentunas", but "Borås" and "Kalix" stay as they are.</summary>
    public static string Genitive(string name)
        => name.EndsWith('s') || name.EndsWith('x') || name.EndsWith('z') ? name : name + "s";

    /// <summary>The visit days: "13–15 december 2010", or "28 februari–2 mars 2005" across months.</summary>
    public static string VisitSpan(DateOnly start, DateOnly? end)
    {
        if (end is not { } last || last == start)
        {
            return LongDate(start);
        }

        return start.Month == last.Month && start.Year == last.Year
            ? $"{start.Day.ToString(CultureInfo.InvariantCulture)}–{LongDate(last)}"
            : $"{start.ToString("d MMMM", Swedish)}–{LongDate(last)}";
    }
}
