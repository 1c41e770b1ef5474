namespace Kompass.Ingest.Evaluation;

/// <summary>The pooled counts of one layout family, or of every document ("overall").</summary>
public sealed record ScopeEvaluation(string Name, EvaluationCounts Counts)
{
    /// <summary>The name the overall scope is reported under.</summary>
    public const string OverallName = "overall";

    /// <summary>The terms of this scope's summary figure.</summary>
    public IReadOnlyList<SummaryTerm> SummaryTerms => SummaryFigure.Terms(Counts);

    /// <summary>This scope's summary figure (0–1), see <see cref="SummaryFigure.Definition"/>.</summary>
    public double? Summary => SummaryFigure.Compute(Counts);
}
