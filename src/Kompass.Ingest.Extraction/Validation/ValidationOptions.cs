using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// The tolerances of <see cref="DocumentValidator"/>, read from <c>pipelines/validation.json</c>
/// by <see cref="ValidationOptionsJson"/>. Every default is the export contract's
/// (<c>shared/spec/export-v1.md</c>, "Flag codes"), except the <c>Misplaced*</c> thresholds of
/// <see cref="FindingMisplacedRule"/>, which the contract leaves to us. Plain data; scores and
/// maxima are in points, percents in percent, word weights in natural-log units.
/// </summary>
public sealed record ValidationOptions
{
    /// <summary>The defaults, equal to the contract.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>How far a row's unrounded score may lie from its printed score (half a printed point). Default 0.5 points.</summary>
    [Range(0.0, 10.0)]
    public decimal RowScoreRounding { get; init; } = 0.5m;

    /// <summary>How far a row's unrounded score may lie from p·m/100, per point of max (half a printed percent). Default 0.005.</summary>
    [Range(0.0, 1.0)]
    public decimal PercentRoundingPerMax { get; init; } = 0.005m;

    /// <summary>
    /// How far the sum of the rows' unrounded values may lie from the area's printed score before
    /// <c>question-sum-mismatch</c> (the area score's own rounding). Default 0.5 points.
    /// </summary>
    [Range(0.0, 10.0)]
    public decimal AreaScoreRounding { get; init; } = 0.5m;

    /// <summary>
    /// At most this difference (points) between the sum of the area scores and the printed total,
    /// <c>total-mismatch</c> is info (eight rounded areas explain it); above it, a warning. Default 4.
    /// </summary>
    [Range(0.0, 800.0)]
    public decimal TotalInfoAtMost { get; init; } = 4m;

    /// <summary>What an area's row maxima add up to. Default 100 points.</summary>
    [Range(1.0, 10000.0)]
    public decimal AreaMax { get; init; } = 100m;

    /// <summary>The highest area score (and percent) that can be right. Default 100.</summary>
    [Range(1.0, 10000.0)]
    public decimal MaxAreaScore { get; init; } = 100m;

    /// <summary>The number of areas every scored report has. Default 8.</summary>
    [Range(1, 20)]
    public int AreaCount { get; init; } = 8;

    /// <summary>
    /// <c>finding-misplaced</c>: how specific a word must be to count in a heading, as its weight:
    /// the natural log of the number of profiled areas over the number whose profile holds it.
    /// Default 0.69 (ln 2: held by at most half the areas).
    /// </summary>
    [Range(0.0, 10.0)]
    public double MisplacedMinWordWeight { get; init; } = 0.69;

    /// <summary><c>finding-misplaced</c>: the least number of specific words of another area's heading a finding must contain. Default 2.</summary>
    [Range(1, 20)]
    public int MisplacedMinHeadingWords { get; init; } = 2;

    /// <summary>
    /// <c>finding-misplaced</c>: the least summed weight of that heading's words the finding's own
    /// area does not hold. Default 1.5 (about one word no other area holds).
    /// </summary>
    [Range(0.0, 100.0)]
    public double MisplacedMinMargin { get; init; } = 1.5;

    /// <summary>The document types that carry scores (missing-area applies). Default analysis, feedback, Regionkompassen. Not read from the file.</summary>
    [JsonIgnore]
    public IReadOnlyList<DocumentType> ScoredTypes { get; init; } =
        [DocumentType.KommunKompassenAnalysis, DocumentType.KommunKompassenFeedback, DocumentType.Regionkompassen];

    /// <summary>The document types whose question tables must list every area. Default analysis only. Not read from the file.</summary>
    [JsonIgnore]
    public IReadOnlyList<DocumentType> TabledTypes { get; init; } = [DocumentType.KommunKompassenAnalysis];

    /// <summary>The document types written before the visit, so never date-checked. Default the PM memo. Not read from the file.</summary>
    [JsonIgnore]
    public IReadOnlyList<DocumentType> UndatedTypes { get; init; } = [DocumentType.KommunKompassenPm];
}
