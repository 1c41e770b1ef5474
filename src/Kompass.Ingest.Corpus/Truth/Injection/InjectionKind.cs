namespace Kompass.Ingest.Corpus.Truth.Injection;

/// <summary>
/// The inconsistencies the generator plants on purpose, one per flag code a document can evidence
/// (and both sides of the codes with two severities or several causes). What the truth expects is
/// computed afterwards by <see cref="ExpectedFlagCalculator"/>, not taken from this list.
/// </summary>
public enum InjectionKind
{
    /// <summary>A row's percent changed so it no longer fits its score.</summary>
    PercentMismatch,

    /// <summary>A row's score printed above its max.</summary>
    ScoreAboveMax,

    /// <summary>A row's percent printed above 100.</summary>
    PercentAbove100,

    /// <summary>An area's summary score printed above 100.</summary>
    AreaScoreAbove100,

    /// <summary>An area's score (everywhere it is printed) moved away from what its rows add up to.</summary>
    QuestionSumMismatch,

    /// <summary>A row's max changed so the maxima no longer add up to 100.</summary>
    AreaMaxMismatch,

    /// <summary>An area's section score differs from its summary score.</summary>
    SummarySectionMismatch,

    /// <summary>The total off by 1–4 (info).</summary>
    TotalMismatchSmall,

    /// <summary>The total off by more than 4 (warning).</summary>
    TotalMismatchLarge,

    /// <summary>One area left out of the question tables (analyses) or the summary table.</summary>
    MissingArea,

    /// <summary>One row left out of an area's table.</summary>
    MissingQuestion,

    /// <summary>A misspelt or foreign municipality name.</summary>
    UnknownMunicipality,

    /// <summary>The text's "genomfördes i … YYYY" differs from the title's year.</summary>
    TitleYearMismatch,

    /// <summary>The report date lies before the evaluation.</summary>
    ReportDateBeforeVisit,

    /// <summary>A finding of one area moved into another's section.</summary>
    FindingMisplaced,

    /// <summary>A second copy of the report with the same scores (different bytes).</summary>
    DuplicateAgreeing,

    /// <summary>A second version of the report with one score different.</summary>
    DuplicateDiffering,
}
