using System.Globalization;

namespace Kompass.Ingest.Corpus.Families.Unscored;

/// <summary>Dates the way Swedish memos and policies print them ("2017-08-14", "17 oktober 2017", "oktober").</summary>
public static class SwedishDates
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>"2017-08-14".</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"14 augusti 2017".</summary>
    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", Swedish);

    /// <summary>"augusti".</summary>
    public static string Month(int month) => Swedish.DateTimeFormat.GetMonthName(month);

    /// <summary>"17–18 oktober 2017" for two days in one month.</summary>
    public static string Span(DateOnly first, DateOnly last)
        => first.Month == last.Month
            ? first.Day.ToString(CultureInfo.InvariantCulture) + "–" + Long(last)
            : first.ToString("d MMMM", Swedish) + "–" + Long(last);

    /// <summary>"tisdag" for a Tuesday.</summary>
    public static string Weekday(DateOnly date) => Swedish.DateTimeFormat.GetDayName(date.DayOfWeek);

    /// <summary>The first <paramref name="day"/> on or after <paramref name="date"/>.</summary>
    public static DateOnly NextWeekday(DateOnly date, DayOfWeek day)
    {
        while (date.DayOfWeek != day)
        {
            date = date.AddDays(1);
        }

        return date;
    }
}
