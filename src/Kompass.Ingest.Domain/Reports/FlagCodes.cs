namespace Kompass.Ingest.Domain.Reports;

/// <summary>The flag vocabulary of the export contract (<c>shared/spec/export-v1.md</c>).</summary>
public static class FlagCodes
{
    public const string PercentMismatch = "percent-mismatch";
    public const string ScoreOutOfRange = "score-out-of-range";
    public const string QuestionSumMismatch = "question-sum-mismatch";
    public const string AreaMaxMismatch = "area-max-mismatch";
    public const string SummarySectionMismatch = "summary-section-mismatch";
    public const string TotalMismatch = "total-mismatch";
    public const string MissingArea = "missing-area";
    public const string MissingQuestion = "missing-question";
    public const string UnknownMunicipality = "unknown-municipality";
    public const string DateMismatch = "date-mismatch";
    public const string DuplicateReport = "duplicate-report";
    public const string LowTextQuality = "low-text-quality";
    public const string FindingMisplaced = "finding-misplaced";

    /// <summary>Every code, in the contract's order.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        PercentMismatch, ScoreOutOfRange, QuestionSumMismatch, AreaMaxMismatch, SummarySectionMismatch,
        TotalMismatch, MissingArea, MissingQuestion, UnknownMunicipality, DateMismatch, DuplicateReport,
        LowTextQuality, FindingMisplaced,
    ];
}
