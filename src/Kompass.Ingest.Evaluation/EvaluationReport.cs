namespace Kompass.Ingest.Evaluation;

/// <summary>Everything <c>kompass eval</c> reports: per family, overall, per document, and the leftovers.</summary>
public sealed record EvaluationReport
{
    /// <summary>One scope per layout family, ordered by name.</summary>
    public required IReadOnlyList<ScopeEvaluation> Families { get; init; }

    /// <summary>Every scored truth pooled.</summary>
    public required ScopeEvaluation Overall { get; init; }

    /// <summary>One entry per scored truth, in path order.</summary>
    public required IReadOnlyList<DocumentEvaluation> Documents { get; init; }

    /// <summary>Paths of exported documents no truth describes (not part of any figure).</summary>
    public required IReadOnlyList<string> UnexpectedDocuments { get; init; }

    /// <summary>Paths of truths not scored because another truth has the same SHA-256.</summary>
    public required IReadOnlyList<string> DuplicateTruths { get; init; }

    /// <summary>The overall summary figure (0–1); null only when there was nothing to evaluate.</summary>
    public double? Summary => Overall.Summary;
}
