using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Export;
using Kompass.Ingest.Pipeline.Review;

namespace Kompass.Ingest.Pipeline.Analysis;

/// <summary>
/// One area across municipalities (<see cref="AreaOverview"/>) from the effective evaluations of
/// the whole store: duplicates of an evaluation merged per municipality, then the distribution of
/// each year, the ranking of each municipality's latest evaluation in the period (per revision,
/// the newest revision first, regions apart from municipalities; equal scores share a rank), and the largest
/// changes between consecutive evaluations under the same revision. Pure.
/// </summary>
public sealed class AreaOverviewQuery(MunicipalityLookup municipalities)
{
    private readonly MunicipalityLookup _municipalities = Guard.NotNull(municipalities);

    /// <summary>The overview of area <paramref name="area"/> (1-8) over the years <paramref name="from"/>–<paramref name="to"/> (either open); <paramref name="top"/> rows of improvement.</summary>
    public AreaOverview Run(int area, int? from, int? to, IEnumerable<EffectiveEvaluation> evaluations, int top = 10)
    {
        Guard.That(area is >= 1 and <= 8, "an area is numbered 1 to 8");
        var points = Guard.NotNull(evaluations)
            .Where(e => e.Row.MunicipalityCode is not null)
            .GroupBy(e => e.Row.MunicipalityCode!, StringComparer.Ordinal)
            .SelectMany(g => EvaluationMerger.Merge(g).Select(m => m.Chosen))
            .Where(e => e.Row.Year >= (from ?? int.MinValue) && e.Row.Year <= (to ?? int.MaxValue))
            .Select(e => (Evaluation: e, Area: e.Row.Areas.FirstOrDefault(a => a.Number == area)))
            .Where(p => p.Area?.Score is not null)
            .ToList();

        var years = points
            .GroupBy(p => (Year: p.Evaluation.Row.Year!.Value, p.Evaluation.Row.Framework, Kind: KindOf(p.Evaluation)))
            .OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Framework, StringComparer.Ordinal).ThenBy(g => g.Key.Kind, StringComparer.Ordinal)
            .Select(g =>
            {
                var scores = g.Select(p => p.Area!.Score!.Value).Order().ToList();
                var means = g.Select(p => p.Area!.NationalMean).OfType<decimal>().Order().ToList();
                return new AreaYear(
                    g.Key.Year, g.Key.Framework, g.Key.Kind, scores.Count, scores[0], Quartiles.Of(scores, 0.25m), Quartiles.Of(scores, 0.5m), Quartiles.Of(scores, 0.75m), scores[^1],
                    means.Count == 0 ? null : Quartiles.Of(means, 0.5m));
            })
            .ToList();

        // Each municipality's latest evaluation in the period, ranked among those of its revision.
        var ranking = points
            .GroupBy(p => p.Evaluation.Row.MunicipalityCode!, StringComparer.Ordinal)
            .Select(g => g.MaxBy(p => p.Evaluation.Row.Year!.Value))
            .GroupBy(p => (p.Evaluation.Row.Framework, Kind: KindOf(p.Evaluation)))
            .OrderByDescending(g => g.Key.Framework, StringComparer.Ordinal).ThenBy(g => g.Key.Kind, StringComparer.Ordinal)
            .SelectMany(g =>
            {
                var sorted = g.OrderByDescending(p => p.Area!.Score).ThenBy(p => Name(p.Evaluation), StringComparer.Ordinal).ToList();
                return sorted.Select((p, i) => new AreaRank(
                    1 + sorted.Count(other => other.Area!.Score > p.Area!.Score),
                    Name(p.Evaluation),
                    p.Evaluation.Row.MunicipalityCode!,
                    p.Evaluation.Row.Year!.Value,
                    p.Evaluation.Row.Framework,
                    g.Key.Kind,
                    p.Area!.Score!.Value,
                    p.Area.NationalMean,
                    p.Evaluation.Row.Sha256,
                    p.Area.Page,
                    Flags(p.Evaluation, area)));
            })
            .ToList();

        var improvements = new List<AreaImprovement>();
        var acrossRevisions = 0;
        foreach (var municipality in points.GroupBy(p => p.Evaluation.Row.MunicipalityCode!, StringComparer.Ordinal))
        {
            var series = municipality.OrderBy(p => p.Evaluation.Row.Year).ToList();
            foreach (var (before, after) in series.Zip(series.Skip(1)))
            {
                if (before.Evaluation.Row.Framework is null || before.Evaluation.Row.Framework != after.Evaluation.Row.Framework)
                {
                    acrossRevisions++;
                    continue;
                }

                improvements.Add(new AreaImprovement(
                    Name(after.Evaluation),
                    municipality.Key,
                    before.Evaluation.Row.Year!.Value,
                    after.Evaluation.Row.Year!.Value,
                    after.Evaluation.Row.Framework,
                    before.Area!.Score!.Value,
                    after.Area!.Score!.Value,
                    after.Area.Score.Value - before.Area.Score.Value,
                    before.Evaluation.Row.Sha256,
                    after.Evaluation.Row.Sha256));
            }
        }

        var mostImproved = improvements.Where(i => i.Change > 0).OrderByDescending(i => i.Change).ThenBy(i => i.Municipality, StringComparer.Ordinal).Take(top).ToList();
        return new AreaOverview(area, from, to, years, ranking, mostImproved, acrossRevisions);
    }

    // Regions are evaluated with Regionkompassen, not against the municipalities: never ranked among them.
    private static string KindOf(EffectiveEvaluation e) => e.Row.MunicipalityCode!.Length == 2 ? "region" : "kommun";

    private string Name(EffectiveEvaluation e) => _municipalities.NameOf(e.Row.MunicipalityCode) ?? e.Row.MunicipalityName ?? e.Row.MunicipalityCode!;

    private static IReadOnlyList<TrendFlag> Flags(EffectiveEvaluation e, int area)
        => e.FlagsOfArea(area).Select(f => new TrendFlag(f.Code, ContractNames.Of(f.Severity), f.Message)).ToList();
}
