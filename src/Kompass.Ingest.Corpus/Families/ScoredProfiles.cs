using Kompass.Ingest.Corpus.Content;
using Kompass.Ingest.Corpus.Truth.Injection;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Corpus.Families;

/// <summary>
/// The scored families of the sample archive: what each era's reports print and which
/// inconsistencies each family plants first. Together, at the default mix, the injections cover
/// every flag code a document can evidence (low-text-quality needs OCR and is not produced).
/// </summary>
public static class ScoredProfiles
{
    /// <summary>2002–2009: "Poängsammanställning", half points, often the visit days on the cover.</summary>
    public static readonly ReportProfile Analysis2002 = new()
    {
        Family = "analysis-2002", Type = DocumentType.KommunKompassenAnalysis, Revision = FrameworkRevision.Rev2002, QuestionSet = "2002",
        FirstYear = 2002, LastYear = 2009, TitleStyle = TitleStyle.Rapport2002,
        SectionScoreShare = 0.5, QuestionTableShare = 0.8, PercentShare = 0.3, TableTotalShare = 0.7, HalfPointShare = 0.5,
        MonthShare = 0.3, VisitDaysShare = 0.6, RoundShare = 0.3, PreviousShare = 0.1, GeneralShare = 0.8,
    };

    /// <summary>2010–2012: "Kommun Kompassen" covers, the invented 2010 question set.</summary>
    public static readonly ReportProfile Analysis2010 = new()
    {
        Family = "analysis-2010", Type = DocumentType.KommunKompassenAnalysis, Revision = FrameworkRevision.Rev2010, QuestionSet = "2010",
        FirstYear = 2010, LastYear = 2012, TitleStyle = TitleStyle.TwoWord2010,
        SectionScoreShare = 0.9, PercentShare = 0.7, MonthShare = 0.3, VisitDaysShare = 0.3, RoundShare = 0.6, PreviousShare = 0.1,
    };

    /// <summary>2013–2015: seed-shaped reports on the invented 2010 question set.</summary>
    public static readonly ReportProfile Analysis2014 = new()
    {
        Family = "analysis-2014", Type = DocumentType.KommunKompassenAnalysis, Revision = FrameworkRevision.Rev2010, QuestionSet = "2010",
        FirstYear = 2013, LastYear = 2015, TitleStyle = TitleStyle.Seed2014,
        MonthShare = 0.4, VisitDaysShare = 0.1, RoundShare = 0.6, PreviousShare = 0.25,
    };

    /// <summary>2016–2018: seed-shaped reports on the known 2016 question set.</summary>
    public static readonly ReportProfile Analysis2016 = new()
    {
        Family = "analysis-2016", Type = DocumentType.KommunKompassenAnalysis, Revision = FrameworkRevision.Rev2010, QuestionSet = "2016",
        FirstYear = 2016, LastYear = 2018, TitleStyle = TitleStyle.Seed2014, LateAreaNames = true,
        MonthShare = 0.45, VisitDaysShare = 0.1, RoundShare = 0.6, PreviousShare = 0.3,
    };

    /// <summary>≈2018–2019: all-caps covers without a year.</summary>
    public static readonly ReportProfile AnalysisCaps = new()
    {
        Family = "analysis-caps", Type = DocumentType.KommunKompassenAnalysis, Revision = FrameworkRevision.Rev2010, QuestionSet = "2016",
        FirstYear = 2018, LastYear = 2019, TitleStyle = TitleStyle.Caps, LateAreaNames = true,
        MonthShare = 0.5, VisitDaysShare = 0.1, RoundShare = 0.5, PreviousShare = 0.2,
    };

    /// <summary>2020 onwards: the 2020 revision's areas and invented 43 questions.</summary>
    public static readonly ReportProfile Analysis2020 = new()
    {
        Family = "analysis-2020", Type = DocumentType.KommunKompassenAnalysis, Revision = FrameworkRevision.Rev2020, QuestionSet = "2020",
        FirstYear = 2020, LastYear = 2024, TitleStyle = TitleStyle.Revision2020,
        MonthShare = 0.5, VisitDaysShare = 0.15, RoundShare = 0.5, PreviousShare = 0.15,
    };

    /// <summary>"Återkoppling" slides: area scores and means, sometimes findings, no question tables.</summary>
    public static readonly ReportProfile Feedback = new()
    {
        Family = "feedback", Type = DocumentType.KommunKompassenFeedback, Revision = FrameworkRevision.Rev2010, QuestionSet = "2016",
        FirstYear = 2016, LastYear = 2019, TitleStyle = TitleStyle.Feedback, LateAreaNames = true,
        SectionScoreShare = 0.5, QuestionTableShare = 0, MonthShare = 0.5, VisitDaysShare = 0.2, RoundShare = 0.3,
        FindingsShare = 0.6, GeneralShare = 0.15,
    };

    /// <summary>
    /// Regionkompassen, the 2014 pilot for a region. Only its title is known: the content here is
    /// invented (the 2010 areas in region wording, scored on the 2010 set, no question tables).
    /// </summary>
    public static readonly ReportProfile Regionkompassen = new()
    {
        Family = "regionkompassen", Type = DocumentType.Regionkompassen, Revision = FrameworkRevision.Rev2010, QuestionSet = "2010",
        FirstYear = 2014, LastYear = 2015, TitleStyle = TitleStyle.Region, IsRegion = true,
        SectionScoreShare = 0.8, QuestionTableShare = 0, MonthShare = 0.5, VisitDaysShare = 0.3, RoundShare = 0,
    };

    /// <summary>The injection kinds of each family, the first ones used at the default mix.</summary>
    public static IReadOnlyList<InjectionKind> InjectionsFor(ReportProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Family switch
        {
            "analysis-2002" => [InjectionKind.TotalMismatchSmall, InjectionKind.UnknownMunicipality, InjectionKind.ScoreAboveMax, InjectionKind.ReportDateBeforeVisit],
            "analysis-2010" => [InjectionKind.TotalMismatchLarge, InjectionKind.MissingArea, InjectionKind.DuplicateAgreeing, InjectionKind.PercentMismatch],
            "analysis-2014" => [InjectionKind.AreaMaxMismatch, InjectionKind.MissingQuestion, InjectionKind.TitleYearMismatch, InjectionKind.UnknownMunicipality],
            "analysis-2016" => [InjectionKind.PercentMismatch, InjectionKind.ScoreAboveMax, InjectionKind.QuestionSumMismatch, InjectionKind.DuplicateDiffering, InjectionKind.FindingMisplaced, InjectionKind.TotalMismatchSmall],
            "analysis-caps" => [InjectionKind.FindingMisplaced, InjectionKind.AreaScoreAbove100, InjectionKind.MissingQuestion],
            "analysis-2020" => [InjectionKind.SummarySectionMismatch, InjectionKind.ReportDateBeforeVisit, InjectionKind.PercentAbove100, InjectionKind.QuestionSumMismatch],
            "feedback" => [InjectionKind.MissingArea, InjectionKind.FindingMisplaced, InjectionKind.TotalMismatchLarge],
            "regionkompassen" => [InjectionKind.SummarySectionMismatch, InjectionKind.TotalMismatchSmall],
            _ => [],
        };
    }
}
