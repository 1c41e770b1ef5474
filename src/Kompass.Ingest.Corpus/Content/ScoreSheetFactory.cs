using Kompass.Ingest.Corpus.Model;
using Kompass.Ingest.Domain.Frameworks;

namespace Kompass.Ingest.Corpus.Content;

/// <summary>
/// Draws a plausible score sheet: an overall level for the municipality, a level per area around
/// it and a value per question around that, so strong and weak areas look like real profiles
/// (totals mostly between 400 and 650). National means lie between 45 and 70 per area.
/// </summary>
public static class ScoreSheetFactory
{
    /// <summary>Draws the sheet for <paramref name="set"/>.</summary>
    public static ScoreSheet Draw(QuestionSet set, ReportFacts facts, Random random)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(random);
        var halfPoints = facts.Prints.HalfPoints;
        var level = random.Uniform(0.45, 0.8);
        var areas = new List<AreaSheet>();
        for (var number = 1; number <= 8; number++)
        {
            var areaLevel = level + random.Uniform(-0.14, 0.14);
            var values = set.ForArea(number)
                .Select(q => new QuestionValue(q, Value(q.Max, areaLevel + random.Uniform(-0.2, 0.2), halfPoints)))
                .ToList();
            areas.Add(new AreaSheet(number, values, random.Between(45, 70)));
        }

        var previous = facts.PreviousYears.Select(year => Previous(year, areas, halfPoints, random)).ToList();
        return new ScoreSheet(areas, previous, halfPoints);
    }

    /// <summary>The value of a question at <paramref name="share"/> of its max, on a 0.01 or 0.5 grid, within [0, max].</summary>
    public static decimal Value(decimal max, double share, bool halfPoints)
    {
        var clamped = (decimal)Math.Clamp(share, 0.08, 1.0) * max;
        var value = halfPoints ? Math.Round(clamped * 2, MidpointRounding.AwayFromZero) / 2 : Math.Round(clamped, 2, MidpointRounding.AwayFromZero);
        return Math.Clamp(value, 0, max);
    }

    private static PreviousEvaluation Previous(int year, IReadOnlyList<AreaSheet> areas, bool halfPoints, Random random)
    {
        var scores = areas.Select(a =>
        {
            var earlier = Math.Clamp(a.Sum - random.Between(-6, 16), 10, 100);
            return halfPoints ? Math.Round(earlier * 2, MidpointRounding.AwayFromZero) / 2 : ScoreMath.RoundAway(earlier);
        }).ToList();
        return new PreviousEvaluation(year, scores, scores.Sum());
    }
}
