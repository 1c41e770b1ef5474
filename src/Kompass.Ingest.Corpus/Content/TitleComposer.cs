using System.Globalization;

namespace Kompass.Ingest.Corpus.Content;

/// <summary>
/// Writes the cover's first heading, exactly as the renderer prints it and the truth reports it.
/// The forms follow the archive's real titles (see frameworks.md and the seed's title list).
/// </summary>
public static class TitleComposer
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>The title of a report with <paramref name="facts"/> in <paramref name="style"/>.</summary>
    public static string Compose(TitleStyle style, ReportFacts facts, Random random)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(random);
        var name = facts.Municipality.PrintedName;
        var upper = name.ToUpper(Swedish);
        var year = facts.Year.ToString(CultureInfo.InvariantCulture);
        var monthYear = facts.MonthInTitle && facts.Month is { } m ? $"{MonthName(m).ToUpper(Swedish)} {year}" : year;
        return style switch
        {
            TitleStyle.Rapport2002 => $"{random.Pick(["Kommunkompassen", "KOMMUNKOMPASSEN"])} Analys av {name} {When2002(facts, year)}",
            TitleStyle.TwoWord2010 => facts.NameInTitle ? $"Kommun Kompassen {upper} {year}" : $"Kommun Kompassen {year}",
            TitleStyle.Seed2014 => random.Chance(0.8) ? $"KommunKompassen {upper} {monthYear}" : $"KommunKompassen ANALYS AV {upper} {year}",
            TitleStyle.Caps => $"KOMMUNKOMPASSEN ANALYS AV {upper}",
            TitleStyle.Revision2020 => random.Chance(0.6)
                ? $"Kommunkompassen Analys av {name} {(facts.MonthInTitle && facts.Month is { } m2 ? MonthName(m2) + " " : string.Empty)}{year}"
                : $"KommunKompassen {upper} {monthYear}",
            TitleStyle.Feedback => random.Next(3) switch
            {
                0 => $"Återkoppling Kommunkompassen {facts.Municipality.ShortName} {year}",
                1 => $"Återkoppling Kommunkompass {name} {year}",
                _ => $"Återkoppling av Kommunkompassen i {name} {year}",
            },
            TitleStyle.Region => random.Chance(0.6) ? $"Regionkompassen {name} {year}" : $"Regionkompass – en pilotstudie {year}",
            _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
        };
    }

    /// <summary>"februari" for 2.</summary>
    public static string MonthName(int month) => Swedish.DateTimeFormat.GetMonthName(month);

    // The 2002 covers print the visit days after the name; else the month or just the year.
    private static string When2002(ReportFacts facts, string year)
    {
        if (facts.VisitStart is { } start)
        {
            var end = facts.VisitEnd ?? start;
            if (end == start)
            {
                return start.ToString("d MMMM yyyy", Swedish);
            }

            return start.Month == end.Month
                ? $"{start.Day.ToString(CultureInfo.InvariantCulture)}–{end.ToString("d MMMM yyyy", Swedish)}"
                : $"{start.ToString("d MMMM", Swedish)}–{end.ToString("d MMMM yyyy", Swedish)}";
        }

        return facts.Month is { } month ? $"{MonthName(month)} {year}" : year;
    }
}
