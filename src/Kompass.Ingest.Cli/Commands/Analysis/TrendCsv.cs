using System.Globalization;
using Kompass.Ingest.Pipeline.Analysis;

namespace Kompass.Ingest.Cli.Commands.Analysis;

/// <summary>
/// A municipality's trend in long format: one row per number (the total, then each area) of each
/// evaluation, with its national mean, change, page and open flags, for spreadsheets and scripts.
/// </summary>
internal static class TrendCsv
{
    private static readonly string[] Header =
        ["municipality", "code", "year", "month", "frameworkVersion", "documentType", "documentSha", "area", "name", "score", "nationalMean", "change", "page", "openFlags"];

    public static string Write(MunicipalityTrend trend)
        => CsvText.Write(
            Header,
            trend.Evaluations.SelectMany(e => e.Areas
                .Select(a => Row(trend, e, a.Number, a.Name, a.Score, a.NationalMean, a.Change, a.Page, a.Flags))
                .Prepend(Row(trend, e, null, "total", e.Total, e.NationalMeanTotal, e.TotalChange, e.TotalPage, e.Flags))));

    private static string[] Row(MunicipalityTrend t, TrendEvaluation e, int? area, string? name, decimal? score, decimal? mean, decimal? change, int? page, IReadOnlyList<TrendFlag> flags) =>
    [
        t.Municipality.Name, t.Municipality.Code, Text(e.Year), Text(e.Month), e.FrameworkVersion ?? string.Empty, e.DocumentType, e.DocumentSha,
        Text(area), name ?? string.Empty, Text(score), Text(mean), Text(change), Text(page), string.Join("; ", flags.Select(f => f.Code)),
    ];

    private static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Text(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
