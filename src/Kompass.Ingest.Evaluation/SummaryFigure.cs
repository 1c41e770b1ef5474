namespace Kompass.Ingest.Evaluation;

/// <summary>
/// The single figure <c>kompass eval</c> ends with and <c>--min</c> checks: the unweighted mean of
/// ten figures (each 0–1), leaving out those without a denominator.
/// </summary>
public static class SummaryFigure
{
    /// <summary>The definition in words, for the command's help and the report.</summary>
    public const string Definition =
        "summary = mean of the figures that have a denominator, among: document type accuracy; "
        + "metadata mean (mean of the 11 field accuracies); area score accuracy; national mean accuracy; "
        + "question-row F1; question text accuracy; subheading accuracy; findings F1 (strengths and "
        + "improvements pooled); expected-flag recall; and max(0, 1 - false flags per scored document). "
        + "A missing document counts as wrong wherever its truth has items.";

    /// <summary>The ten terms, in the order of <see cref="Definition"/>.</summary>
    public static IReadOnlyList<SummaryTerm> Terms(EvaluationCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return
        [
            new("documentType", counts.DocumentType.Value),
            new("metadataMean", counts.MetadataMean),
            new("areaScore", counts.AreaScore.Value),
            new("nationalMean", counts.NationalMean.Value),
            new("questionRowsF1", counts.QuestionRows.F1),
            new("questionText", counts.QuestionText.Value),
            new("subheadings", counts.Subheadings.Value),
            new("findingsF1", counts.Findings.F1),
            new("expectedFlagRecall", counts.ExpectedFlags.Value),
            new("falseFlagTerm", counts.FalseFlagsPerDocument is { } rate ? Math.Max(0, 1 - rate) : null),
        ];
    }

    /// <summary>The mean of the defined terms; null only when none is defined (nothing was evaluated).</summary>
    public static double? Compute(EvaluationCounts counts)
    {
        var defined = Terms(counts).Where(t => t.Value.HasValue).Select(t => t.Value!.Value).ToList();
        return defined.Count == 0 ? null : defined.Average();
    }
}
