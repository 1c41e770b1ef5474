namespace Kompass.Ingest.Pipeline.Analysis;

/// <summary>
/// One area across municipalities: its distribution per year, the ranking of the municipalities
/// in a period, and who improved most between evaluations. Each row names its framework
/// revision and kind (kommun or region): an area number means different things under different
/// revisions, and regions are not evaluated against municipalities, so rankings and distributions
/// are per revision and kind, and improvements are only measured within one revision.
/// </summary>
public sealed record AreaOverview(
    int Area,
    int? FromYear,
    int? ToYear,
    IReadOnlyList<AreaYear> Years,
    IReadOnlyList<AreaRank> Ranking,
    IReadOnlyList<AreaImprovement> MostImproved,
    int ComparisonsAcrossRevisionsLeftOut);

/// <summary>
/// The scores of the area in one year under one revision: how many, the quartiles (linear
/// interpolation between order statistics, as spreadsheets' QUARTILE.INC), and the national mean
/// the reports printed (the median of those printed, which should all agree).
/// </summary>
public sealed record AreaYear(int Year, string? FrameworkVersion, string Kind, int Count, decimal Min, decimal Q1, decimal Median, decimal Q3, decimal Max, decimal? NationalMean);

/// <summary>A municipality's place in the ranking: its latest evaluation in the period.</summary>
public sealed record AreaRank(
    int Rank,
    string Municipality,
    string Code,
    int Year,
    string? FrameworkVersion,
    string Kind,
    decimal Score,
    decimal? NationalMean,
    string DocumentSha,
    int? Page,
    IReadOnlyList<TrendFlag> Flags);

/// <summary>A rise of a municipality's area score between two consecutive evaluations under one revision.</summary>
public sealed record AreaImprovement(
    string Municipality,
    string Code,
    int FromYear,
    int ToYear,
    string? FrameworkVersion,
    decimal From,
    decimal To,
    decimal Change,
    string FromDocumentSha,
    string ToDocumentSha);
