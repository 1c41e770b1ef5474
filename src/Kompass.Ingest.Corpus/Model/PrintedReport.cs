using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Model;

/// <summary>
/// Everything a generated scored report prints, before layout: the values as they appear on the
/// page (including any inconsistency injected on purpose). A renderer lays it out; the truth file
/// is computed from these printed values, never from the renderer's output.
/// </summary>
public sealed record PrintedReport
{
    /// <summary>Layout family name, e.g. "analysis-2014".</summary>
    public required string Family { get; init; }

    /// <summary>Analysis, feedback or Regionkompassen.</summary>
    public required DocumentType Type { get; init; }

    /// <summary>The framework revision and the question set within it ("2016").</summary>
    public required FrameworkRevision Revision { get; init; }

    /// <summary>The question set name within the revision.</summary>
    public required string QuestionSet { get; init; }

    /// <summary>The title as printed on the cover (first heading), whitespace collapsed.</summary>
    public required string Title { get; init; }

    /// <summary>The evaluated body.</summary>
    public required PrintedMunicipality Municipality { get; init; }

    /// <summary>The evaluation year as printed in the title (or body).</summary>
    public required int Year { get; init; }

    /// <summary>The year stated in "genomfördes i … YYYY"; differs from <see cref="Year"/> only when injected.</summary>
    public int? TextYear { get; init; }

    /// <summary>The month printed for the evaluation, if any.</summary>
    public int? Month { get; init; }

    /// <summary>First and last visit day when printed ("den 13–15 december 2010").</summary>
    public DateOnly? VisitStart { get; init; }

    /// <summary>Last visit day when printed.</summary>
    public DateOnly? VisitEnd { get; init; }

    /// <summary>The date in page headers/footers or on the cover.</summary>
    public DateOnly? ReportDate { get; init; }

    /// <summary>The evaluators in printed order.</summary>
    public IReadOnlyList<PrintedEvaluator> Evaluators { get; init; } = [];

    /// <summary>1 for "första utvärdering" …; null when no ordinal is printed.</summary>
    public int? Round { get; init; }

    /// <summary>Number of interviewed people printed ("ca 20 personer").</summary>
    public int? InterviewCount { get; init; }

    /// <summary>The printed total (TOTALT), null when not printed.</summary>
    public decimal? Total { get; init; }

    /// <summary>The national mean total printed beside it.</summary>
    public decimal? NationalMeanTotal { get; init; }

    /// <summary>The areas in number order as printed (an area may be left out on purpose).</summary>
    public IReadOnlyList<PrintedArea> Areas { get; init; } = [];

    /// <summary>Earlier evaluation columns of Tabell 1 ("Strängnäs 2014"), oldest first; empty for a first evaluation.</summary>
    public IReadOnlyList<PreviousEvaluation> PreviousEvaluations { get; init; } = [];

    /// <summary>What was injected on purpose, one line each, for people reading the truth.</summary>
    public IReadOnlyList<string> Injected { get; init; } = [];
}

/// <summary>The evaluated body: short name, official code (null when not in the list), kind, and the forms printed.</summary>
public sealed record PrintedMunicipality(string ShortName, string? Code, MunicipalityKind Kind, string PrintedName);

/// <summary>An evaluator as printed on the cover: name and organisation ("Leif Eldås", "SKL").</summary>
public sealed record PrintedEvaluator(string Name, string? Organisation);

/// <summary>An earlier evaluation's column in Tabell 1.</summary>
public sealed record PreviousEvaluation(int Year, IReadOnlyList<decimal> AreaScores, decimal Total);

/// <summary>
/// One area as printed. The three scores are printed in three places and agree unless an
/// inconsistency was injected; <see cref="TableTotal"/> is null when the table has no total row.
/// </summary>
public sealed record PrintedArea
{
    public required int Number { get; init; }

    /// <summary>The name in the area's section heading (what the export reports).</summary>
    public required string SectionName { get; init; }

    /// <summary>The name in the summary table (may be a variant).</summary>
    public required string SummaryName { get; init; }

    /// <summary>The name over the question table (may be a variant).</summary>
    public required string TableName { get; init; }

    /// <summary>Score in the summary table; null when the report has no summary table.</summary>
    public decimal? SummaryScore { get; init; }

    /// <summary>National mean in the summary table.</summary>
    public decimal? NationalMean { get; init; }

    /// <summary>Score printed in the section ("Poäng").</summary>
    public decimal? SectionScore { get; init; }

    /// <summary>Score on the total row of the question table.</summary>
    public decimal? TableTotal { get; init; }

    /// <summary>Max on the total row of the question table (100 normally).</summary>
    public decimal? TableTotalMax { get; init; }

    /// <summary>The "Rubriker" in printed order.</summary>
    public IReadOnlyList<string> Subheadings { get; init; } = [];

    /// <summary>The ALLMÄNT paragraph(s).</summary>
    public IReadOnlyList<string> General { get; init; } = [];

    /// <summary>STYRKOR items, each exactly as the truth expects it.</summary>
    public IReadOnlyList<string> Strengths { get; init; } = [];

    /// <summary>FÖRBÄTTRINGSOMRÅDEN items.</summary>
    public IReadOnlyList<string> Improvements { get; init; } = [];

    /// <summary>The question table rows; empty where the family prints no tables.</summary>
    public IReadOnlyList<PrintedQuestion> Questions { get; init; } = [];

    /// <summary>
    /// Items of <see cref="Strengths"/> or <see cref="Improvements"/> that are about another area
    /// (moved here on purpose); the truth expects <c>finding-misplaced</c> on this area. Not printed separately.
    /// </summary>
    public IReadOnlyList<string> ForeignFindings { get; init; } = [];
}

/// <summary>One printed question row. <see cref="Percent"/> null when the family prints no percent column.</summary>
public sealed record PrintedQuestion(string Id, string Text, decimal Score, decimal Max, int? Percent);
