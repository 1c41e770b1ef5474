namespace Kompass.Ingest.Pipeline.Analysis;

/// <summary>
/// One municipality over time: the shape of <c>kompass trends --municipality NAME --format json</c>,
/// which scripts rely on (README, "Trends"). Evaluations are in time order, one per evaluation
/// (duplicates merged); <see cref="RevisionChanges"/> lists where the framework revision changes.
/// </summary>
public sealed record MunicipalityTrend(
    TrendMunicipality Municipality,
    IReadOnlyList<TrendEvaluation> Evaluations,
    IReadOnlyList<RevisionChange> RevisionChanges);

/// <summary>The municipality: its official name and code.</summary>
public sealed record TrendMunicipality(string Name, string Code);

/// <summary>
/// One evaluation: when, under which revision, from which kind of document, its total and eight
/// areas against the national means printed at the time. <see cref="DocumentSha"/> is the document
/// the numbers come from; <see cref="AlsoIn"/> the other documents of the same evaluation.
/// </summary>
public sealed record TrendEvaluation(
    int Year,
    int? Month,
    string? FrameworkVersion,
    string DocumentType,
    decimal? Total,
    decimal? NationalMeanTotal,
    decimal? TotalChange,
    int? TotalPage,
    IReadOnlyList<TrendArea> Areas,
    string DocumentSha,
    IReadOnlyList<string> AlsoIn,
    IReadOnlyList<TrendFlag> Flags);

/// <summary>
/// One area of an evaluation. <see cref="Change"/> is the difference from the previous
/// evaluation's score of the same area under the same revision; null where there is no previous
/// evaluation, either score is missing, or the revision changed (a score is never subtracted
/// across a revision: see <see cref="RevisionChange"/>).
/// </summary>
public sealed record TrendArea(int Number, string? Name, decimal? Score, decimal? NationalMean, decimal? Change, int? Page, IReadOnlyList<TrendFlag> Flags);

/// <summary>An open warning or error flag beside the number it touches.</summary>
public sealed record TrendFlag(string Code, string Severity, string Message);

/// <summary>
/// A point in a series where the framework revision changes, with the crosswalk that relates the
/// areas of the non-2010 revision to the 2010 ones and its warning.
/// </summary>
public sealed record RevisionChange(int FromYear, int ToYear, string From, string To, string Warning, IReadOnlyList<CrosswalkArea> Crosswalk);

/// <summary>One area of a revision and the 2010 areas it relates to.</summary>
public sealed record CrosswalkArea(string Revision, int Area, string Name, IReadOnlyList<CrosswalkTarget> To2010);

/// <summary>A link of the crosswalk: the 2010 area (null: none), how they relate, and why.</summary>
public sealed record CrosswalkTarget(int? Area, string Kind, bool Approximate, bool RestsOnInvented, string Reason);
