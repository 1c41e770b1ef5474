using System.ComponentModel.DataAnnotations;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Frameworks;

/// <summary>How <see cref="FrameworkClassifier"/> weighs its evidence. Plain data.</summary>
public sealed record FrameworkOptions
{
    /// <summary>The document types that follow a framework (the rest get none). Default: analysis, feedback, Regionkompassen.</summary>
    public IReadOnlyList<DocumentType> ScoredTypes { get; init; } =
        [DocumentType.KommunKompassenAnalysis, DocumentType.KommunKompassenFeedback, DocumentType.Regionkompassen];

    /// <summary>A printed name counts for a catalog's area when its similarity (0–1) reaches this. Default 0.5.</summary>
    [Range(0.0, 1.0)]
    public double MinNameSimilarity { get; init; } = 0.5;

    /// <summary>Weight of each area whose printed name matches the catalog's (up to one per area). Default 1.</summary>
    [Range(0.0, 100.0)]
    public double NameWeight { get; init; } = 1.0;

    /// <summary>Weight of the agreement (F1 of ids with their maxima, 0–1) between the question tables and a question set. Default 4.</summary>
    [Range(0.0, 100.0)]
    public double QuestionWeight { get; init; } = 4.0;

    /// <summary>Weight of the year lying in a question set's years: a weak tie-breaker. Default 0.5.</summary>
    [Range(0.0, 100.0)]
    public double YearWeight { get; init; } = 0.5;

    /// <summary>
    /// Below this agreement with its best question set, the question set is taken from the year (a
    /// set nobody has seen printed cannot be recognised by its maxima). Default 0.5.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinQuestionAgreement { get; init; } = 0.5;

    /// <summary>When the best revision leads the next one by less than this, the decision is reported as uncertain (less than one area's name). Default 1.</summary>
    [Range(0.0, 100.0)]
    public double UncertainMargin { get; init; } = 1.0;

    /// <summary>Printed names longer than this many words are running text, not area names. Default 10.</summary>
    [Range(1, 100)]
    public int MaxNameWords { get; init; } = 10;
}
