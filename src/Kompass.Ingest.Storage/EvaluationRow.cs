using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Storage;

/// <summary>
/// The scores of one document, compact, for analysts' queries across the store: what a trend
/// needs without reading whole extractions (a few hundred bytes against some 60 KiB). One row per
/// document that prints any score, replaced with each extraction; values as extracted, so a
/// query applies corrections on top.
/// </summary>
public sealed record EvaluationRow
{
    /// <summary>The document (lowercase hex SHA-256).</summary>
    public required string Sha256 { get; init; }

    /// <summary>The kind of document (analysis, feedback, Regionkompassen…).</summary>
    public required DocumentType Type { get; init; }

    /// <summary>The official municipality or region code, or null when unknown.</summary>
    public string? MunicipalityCode { get; init; }

    /// <summary>The municipality's name as matched to the official list (or as printed).</summary>
    public string? MunicipalityName { get; init; }

    /// <summary>The evaluation year.</summary>
    public int? Year { get; init; }

    /// <summary>The evaluation month (1-12).</summary>
    public int? Month { get; init; }

    /// <summary>The framework revision's contract name (<c>2002</c>, <c>2010</c>, <c>2020</c>).</summary>
    public string? Framework { get; init; }

    /// <summary>The printed total (0-800).</summary>
    public decimal? Total { get; init; }

    /// <summary>The page the total is printed on.</summary>
    public int? TotalPage { get; init; }

    /// <summary>The national mean of the total printed beside it.</summary>
    public decimal? NationalMeanTotal { get; init; }

    /// <summary>The areas, in number order.</summary>
    public IReadOnlyList<EvaluationArea> Areas { get; init; } = [];

    /// <summary>The row for <paramref name="extraction"/>, or null when it prints no score.</summary>
    public static EvaluationRow? From(string sha256, ReportExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var areas = extraction.Areas
            .Where(a => a.Score is not null || a.NationalMean is not null)
            .OrderBy(a => a.Number)
            .Select(a => new EvaluationArea(a.Number, a.Name?.Value, a.Score?.Value, Page(a.Score?.Source), a.NationalMean?.Value))
            .ToList();
        if (areas.Count == 0 && extraction.Total is null)
        {
            return null;
        }

        return new EvaluationRow
        {
            Sha256 = sha256,
            Type = extraction.Type,
            MunicipalityCode = extraction.Municipality?.Code?.Value,
            MunicipalityName = extraction.Municipality?.Name ?? extraction.MunicipalityAsPrinted?.Value,
            Year = extraction.Year?.Value,
            Month = extraction.Month?.Value,
            Framework = extraction.Framework?.ToName(),
            Total = extraction.Total?.Value,
            TotalPage = Page(extraction.Total?.Source),
            NationalMeanTotal = extraction.NationalMeanTotal?.Value,
            Areas = areas,
        };
    }

    private static int? Page(Domain.Provenance.Provenance? source) => source is { Page: > 0 } s ? s.Page : null;
}

/// <summary>One area's printed score, the page it is printed on, and the national mean beside it.</summary>
public sealed record EvaluationArea(int Number, string? Name, decimal? Score, int? Page, decimal? NationalMean);
