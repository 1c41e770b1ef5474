using Kompass.Ingest.Corpus.Model;

namespace Kompass.Ingest.Corpus.Content;

/// <summary>
/// The facts of one evaluation before scores and texts: who, when (what is printed of it, and the
/// actual first visit day behind it), by whom, which round, and which parts the report prints.
/// </summary>
public sealed record ReportFacts
{
    /// <summary>The evaluated body as printed.</summary>
    public required PrintedMunicipality Municipality { get; init; }

    /// <summary>The evaluation year (printed in the title where the style has one).</summary>
    public required int Year { get; init; }

    /// <summary>The year printed in "genomfördes i … YYYY"; null when the text does not say.</summary>
    public int? TextYear { get; init; }

    /// <summary>The printed month of the evaluation.</summary>
    public int? Month { get; init; }

    /// <summary>True when the month is printed in the title too ("FEBRUARI 2017").</summary>
    public bool MonthInTitle { get; init; }

    /// <summary>False for the rare cover without the municipality's name.</summary>
    public bool NameInTitle { get; init; } = true;

    /// <summary>The actual first visit day, printed or not.</summary>
    public required DateOnly VisitDate { get; init; }

    /// <summary>The printed first visit day.</summary>
    public DateOnly? VisitStart { get; init; }

    /// <summary>The printed last visit day.</summary>
    public DateOnly? VisitEnd { get; init; }

    /// <summary>The printed report date.</summary>
    public DateOnly? ReportDate { get; init; }

    /// <summary>The evaluators in printed order.</summary>
    public IReadOnlyList<PrintedEvaluator> Evaluators { get; init; } = [];

    /// <summary>The printed round ordinal.</summary>
    public int? Round { get; init; }

    /// <summary>The printed number of interviewees.</summary>
    public int? InterviewCount { get; init; }

    /// <summary>Years of earlier evaluations shown as columns in Tabell 1, oldest first.</summary>
    public IReadOnlyList<int> PreviousYears { get; init; } = [];

    /// <summary>Which optional parts this report prints.</summary>
    public required PrintOptions Prints { get; init; }
}
