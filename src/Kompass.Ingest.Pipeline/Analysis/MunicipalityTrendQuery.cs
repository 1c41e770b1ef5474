using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Export;

namespace Kompass.Ingest.Pipeline.Analysis;

/// <summary>
/// One municipality over time (<see cref="MunicipalityTrend"/>): its evaluations in time order with
/// the change of each area and the total since the previous evaluation under the same revision,
/// and, where the revision changes, the crosswalk that relates the areas. Pure.
/// </summary>
public sealed class MunicipalityTrendQuery(FrameworkCrosswalk crosswalk)
{
    private readonly FrameworkCrosswalk _crosswalk = Guard.NotNull(crosswalk);

    /// <summary>The trend of the municipality <paramref name="municipality"/> from its effective evaluations.</summary>
    public MunicipalityTrend Run(TrendMunicipality municipality, IEnumerable<EffectiveEvaluation> evaluations)
    {
        Guard.NotNull(municipality);
        var merged = EvaluationMerger.Merge(Guard.NotNull(evaluations).Where(e => e.Row.MunicipalityCode == municipality.Code));
        var series = new List<TrendEvaluation>();
        var changes = new List<RevisionChange>();
        TrendEvaluation? previous = null;
        foreach (var (chosen, others) in merged)
        {
            var row = chosen.Row;
            var sameRevision = previous is not null && previous.FrameworkVersion is not null && previous.FrameworkVersion == row.Framework;
            if (previous?.FrameworkVersion is { } from && row.Framework is { } to && from != to)
            {
                changes.Add(new RevisionChange(previous.Year, row.Year!.Value, from, to, _crosswalk.Warning, Crosswalk(from, to)));
            }

            var areas = row.Areas.Select(a => new TrendArea(
                    a.Number,
                    a.Name,
                    a.Score,
                    a.NationalMean,
                    sameRevision ? Difference(a.Score, previous!.Areas.FirstOrDefault(p => p.Number == a.Number)?.Score) : null,
                    a.Page,
                    Flags(chosen.FlagsOfArea(a.Number))))
                .ToList();
            var evaluation = new TrendEvaluation(
                row.Year!.Value,
                row.Month,
                row.Framework,
                ContractNames.Of(row.Type),
                row.Total,
                row.NationalMeanTotal,
                sameRevision ? Difference(row.Total, previous!.Total) : null,
                row.TotalPage,
                areas,
                row.Sha256,
                others.Select(o => o.Row.Sha256).ToList(),
                Flags(chosen.DocumentFlags));
            series.Add(evaluation);
            previous = evaluation;
        }

        return new MunicipalityTrend(municipality, series, changes);
    }

    // The crosswalk maps the 2002 and 2020 areas to the 2010 ones: list the side(s) that are not 2010.
    private IReadOnlyList<CrosswalkArea> Crosswalk(string from, string to)
        => _crosswalk.Entries
            .Where(e => e.Revision.ToName() != "2010" && (e.Revision.ToName() == from || e.Revision.ToName() == to))
            .OrderBy(e => e.Revision).ThenBy(e => e.Area)
            .Select(e => new CrosswalkArea(
                e.Revision.ToName(),
                e.Area,
                e.Name,
                e.Links.Select(l => new CrosswalkTarget(l.To, l.Kind.ToString().ToLowerInvariant(), l.Approximate, l.RestsOnInvented, l.Reason)).ToList()))
            .ToList();

    private static IReadOnlyList<TrendFlag> Flags(IEnumerable<Flag> flags)
        => flags.Select(f => new TrendFlag(f.Code, ContractNames.Of(f.Severity), f.Message)).ToList();

    private static decimal? Difference(decimal? now, decimal? before) => now - before;
}
