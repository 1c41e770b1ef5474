using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Corpus.Families.Unscored;

/// <summary>
/// Decides what a PM memo prints: the planned year and visit, whether a month or only a season is
/// printed, the memo date (weeks before the visit: the memo is written before the evaluation),
/// whether evaluators are named yet, and the question set of that year.
/// </summary>
public static class PmMemoComposer
{
    private static readonly int[] VisitMonths = [2, 3, 4, 5, 9, 10, 11];

    /// <summary>A memo for <paramref name="municipality"/>.</summary>
    public static PmMemo Compose(NamedMunicipality municipality, FrameworkCatalog catalog, Random random)
    {
        Guard.NotNull(municipality);
        Guard.NotNull(catalog);
        Guard.NotNull(random);
        var year = random.Next(2011, 2020);
        var month = VisitMonths[random.Next(VisitMonths.Length)];
        var first = SwedishDates.NextWeekday(new DateOnly(year, month, random.Next(1, 20)), DayOfWeek.Tuesday);
        var last = first.AddDays(random.Next(1, 3));
        var monthPrinted = random.NextDouble() < 0.65;
        return new PmMemo
        {
            Municipality = municipality,
            Year = year,
            VisitDays = monthPrinted ? (first, last) : null,
            Season = month <= 6 ? "våren" : "hösten",
            Date = first.AddDays(-random.Next(25, 80)),
            Evaluators = random.NextDouble() < 0.7 ? Evaluators.Pick(random) : [],
            Areas = catalog.Areas,
            Questions = catalog.QuestionSetFor(year).Questions,
            NumberedQuestions = random.NextDouble() < 0.5,
            InterviewCount = random.Next(4, 9) * 5,
            Style = MemoStyle.Pick(random),
        };
    }

    /// <summary>The "xxxxx kommun" template: no municipality, year, dates or evaluator names.</summary>
    public static PmMemo Template(FrameworkCatalog catalog, Random random)
    {
        Guard.NotNull(catalog);
        Guard.NotNull(random);
        return new PmMemo
        {
            Areas = catalog.Areas,
            Questions = catalog.QuestionSets.OrderBy(s => s.FirstYear).Last().Questions,
            NumberedQuestions = true,
            Style = MemoStyle.Pick(random),
        };
    }
}
