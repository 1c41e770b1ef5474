using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Pipeline.Analysis;

/// <summary>
/// One evaluation is often in the archive several times: the analysis and its feedback summary, a
/// copy under another name. This groups a municipality's scored documents by evaluation year (a
/// municipality is evaluated at most once a year; a feedback summary may be dated a month or two
/// after its analysis, so months do not tell evaluations apart) and chooses the one whose numbers stand for it: an analysis over a
/// feedback summary over anything else, then the one with fewer open flags, then by hash so the
/// choice is stable (and the same whether a query reads whole rows or one area's).
/// </summary>
public static class EvaluationMerger
{
    /// <summary>Each evaluation's chosen document and the others of the same evaluation, in time order; undated documents are left out.</summary>
    public static IReadOnlyList<(EffectiveEvaluation Chosen, IReadOnlyList<EffectiveEvaluation> Others)> Merge(IEnumerable<EffectiveEvaluation> evaluations)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        var merged = new List<(EffectiveEvaluation, IReadOnlyList<EffectiveEvaluation>)>();
        foreach (var year in evaluations.Where(e => e.Row.Year is not null && IsEvaluation(e.Row.Type)).GroupBy(e => e.Row.Year!.Value).OrderBy(g => g.Key))
        {
            var ranked = year
                .OrderBy(e => Preference(e.Row.Type))
                .ThenBy(e => e.OpenFlags.Count)
                .ThenBy(e => e.Row.Sha256, StringComparer.Ordinal)
                .ToList();
            merged.Add((ranked[0], ranked.Skip(1).ToList()));
        }

        return merged;
    }

    /// <summary>True for the kinds of document that report an evaluation's scores (analysis, feedback summary, Regionkompassen).</summary>
    internal static bool IsEvaluation(DocumentType type)
        => type is DocumentType.KommunKompassenAnalysis or DocumentType.KommunKompassenFeedback or DocumentType.Regionkompassen;

    private static int Preference(DocumentType type) => type switch
    {
        DocumentType.KommunKompassenAnalysis => 0,
        DocumentType.Regionkompassen => 0,
        DocumentType.KommunKompassenFeedback => 1,
        _ => 2,
    };
}
