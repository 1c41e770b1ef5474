using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Content;

/// <summary>Draws the facts of one evaluation of a given body in a given year, consistent with each other.</summary>
public static class ReportFactsFactory
{
    // Evaluations are not held in July; the day stays below 29 so every month has it.
    private static readonly int[] VisitMonths = [2, 3, 4, 5, 6, 8, 9, 10, 11, 12];

    /// <summary>The facts of <paramref name="municipality"/>'s evaluation in <paramref name="year"/>.</summary>
    public static ReportFacts Draw(ReportProfile profile, PrintedMunicipality municipality, int year, IReadOnlyList<OfficialMunicipality> peers, Random random)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(random);
        var visit = new DateOnly(year, random.Pick(VisitMonths), random.Between(1, 28));
        var lastDay = visit.AddDays(random.Between(0, 2));
        var visitDays = random.Chance(profile.VisitDaysShare);
        int? month = visitDays || random.Chance(profile.MonthShare) ? visit.Month : null;
        var previous = PreviousYears(profile, year, random);
        var caps = profile.TitleStyle == TitleStyle.Caps;

        return new ReportFacts
        {
            Municipality = municipality,
            Year = year,
            // A caps cover prints no year, so its text always does.
            TextYear = caps || random.Chance(profile.TextYearShare) ? year : null,
            Month = month,
            MonthInTitle = month is not null && !visitDays && random.Chance(0.5),
            NameInTitle = profile.TitleStyle != TitleStyle.TwoWord2010 || random.Chance(0.85),
            VisitDate = visit,
            VisitStart = visitDays ? visit : null,
            VisitEnd = visitDays ? lastDay : null,
            ReportDate = random.Chance(profile.ReportDateShare) ? lastDay.AddDays(random.Between(14, 70)) : null,
            Evaluators = EvaluatorPool.Draw(year, peers, random),
            Round = random.Chance(profile.RoundShare) ? previous.Count + 1 : null,
            InterviewCount = random.Chance(0.8) ? random.Between(12, 60) : null,
            PreviousYears = previous,
            Prints = PrintOptions.Draw(profile, random),
        };
    }

    // Earlier evaluations in the same revision only: scores across revisions are not comparable.
    private static IReadOnlyList<int> PreviousYears(ReportProfile profile, int year, Random random)
    {
        var earliest = profile.Revision switch
        {
            FrameworkRevision.Rev2002 => 2002,
            FrameworkRevision.Rev2010 => 2010,
            _ => 2020,
        };
        if (!random.Chance(profile.PreviousShare))
        {
            return [];
        }

        var years = new List<int>();
        var last = year;
        var count = random.Chance(0.2) ? 2 : 1;
        while (years.Count < count && last - 2 >= earliest)
        {
            last -= random.Between(2, Math.Min(4, last - earliest));
            years.Insert(0, last);
        }

        return years;
    }
}
