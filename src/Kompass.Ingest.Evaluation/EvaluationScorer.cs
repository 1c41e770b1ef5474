using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Evaluation;

/// <summary>
/// Scores exported documents against truth files, per layout family and overall. Pure: no IO,
/// no clock; the same inputs give the same report.
/// </summary>
public static class EvaluationScorer
{
    /// <summary>Pairs truths with exported documents (see <see cref="DocumentMatcher"/>) and scores every pair.</summary>
    public static EvaluationReport Score(IReadOnlyList<TruthDocument> truths, IReadOnlyList<ExportDocument> exported)
    {
        var matching = DocumentMatcher.Match(truths, exported);
        var documents = matching.Matches.Select(m => DocumentScorer.Score(m.Truth, m.Exported)).ToList();
        var families = documents
            .GroupBy(d => d.Family, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ScopeEvaluation(g.Key, EvaluationCounts.Sum(g.Select(d => d.Counts))))
            .ToList();

        return new EvaluationReport
        {
            Families = families,
            Overall = new ScopeEvaluation(ScopeEvaluation.OverallName, EvaluationCounts.Sum(documents.Select(d => d.Counts))),
            Documents = documents,
            UnexpectedDocuments = matching.Unexpected.Select(d => d.Path).Order(StringComparer.Ordinal).ToList(),
            DuplicateTruths = matching.DuplicateTruths.Select(t => t.Path).ToList(),
        };
    }
}
