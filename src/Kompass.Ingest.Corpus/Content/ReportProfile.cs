using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Content;

/// <summary>
/// What one family of scored reports prints and how likely each optional element is: the era
/// (years, revision, question set), the cover style, and the shares of reports that print a
/// month, visit days, an evaluation round, earlier evaluations, percentages and so on.
/// Shares are probabilities per report (0 never, 1 always).
/// </summary>
public sealed record ReportProfile
{
    /// <summary>The family name, e.g. "analysis-2016".</summary>
    public required string Family { get; init; }

    /// <summary>Analysis, feedback or Regionkompassen.</summary>
    public required DocumentType Type { get; init; }

    /// <summary>The framework revision.</summary>
    public required FrameworkRevision Revision { get; init; }

    /// <summary>The question set name within the revision's catalog ("2016").</summary>
    public required string QuestionSet { get; init; }

    /// <summary>First evaluation year drawn.</summary>
    public required int FirstYear { get; init; }

    /// <summary>Last evaluation year drawn.</summary>
    public required int LastYear { get; init; }

    /// <summary>The cover heading.</summary>
    public required TitleStyle TitleStyle { get; init; }

    /// <summary>True for Regionkompassen: the body is a county region and texts say "regionen".</summary>
    public bool IsRegion { get; init; }

    /// <summary>2016 onwards: area 7 is also called "Ständiga förbättringar".</summary>
    public bool LateAreaNames { get; init; }

    /// <summary>Share printing a summary table ("Tabell 1") with national means.</summary>
    public double SummaryShare { get; init; } = 1;

    /// <summary>Share printing each area's score in its section ("Poäng").</summary>
    public double SectionScoreShare { get; init; } = 1;

    /// <summary>Share printing question tables ("Översikt av poängfördelning").</summary>
    public double QuestionTableShare { get; init; } = 1;

    /// <summary>Share of question tables with a percent column.</summary>
    public double PercentShare { get; init; } = 1;

    /// <summary>Share of question tables with a total row.</summary>
    public double TableTotalShare { get; init; } = 1;

    /// <summary>Share scored in half points ("12,5").</summary>
    public double HalfPointShare { get; init; }

    /// <summary>Share printing "genomfördes i … YYYY" in the text.</summary>
    public double TextYearShare { get; init; } = 1;

    /// <summary>Share printing the month of the evaluation.</summary>
    public double MonthShare { get; init; } = 0.4;

    /// <summary>Share printing the visit days ("den 13–15 december 2010").</summary>
    public double VisitDaysShare { get; init; } = 0.2;

    /// <summary>Share printing a report date in headers or on the cover.</summary>
    public double ReportDateShare { get; init; } = 0.9;

    /// <summary>Share printing the evaluation round ("första utvärdering").</summary>
    public double RoundShare { get; init; } = 0.5;

    /// <summary>Share that are second (or third) evaluations with earlier columns in Tabell 1.</summary>
    public double PreviousShare { get; init; }

    /// <summary>Share of areas with STYRKOR and FÖRBÄTTRINGSOMRÅDEN.</summary>
    public double FindingsShare { get; init; } = 1;

    /// <summary>Share of areas with an ALLMÄNT text.</summary>
    public double GeneralShare { get; init; } = 1;
}
