using System.Globalization;

namespace Kompass.Ingest.Evaluation;

/// <summary>The metadata fields the scorer compares, in the order reports print them.</summary>
public static class MetadataFields
{
    /// <summary>Every scored field; evaluators compare as a whole list, in printed order.</summary>
    public static readonly IReadOnlyList<MetadataField> All =
    [
        new("title", d => Whitespace.Collapse(d.Title)),
        new("frameworkVersion", d => Whitespace.Collapse(d.FrameworkVersion)),
        new("municipality.name", d => Whitespace.Collapse(d.Municipality?.Name)),
        new("municipality.code", d => Whitespace.Collapse(d.Municipality?.Code)),
        new("year", d => Integer(d.Year)),
        new("month", d => Integer(d.Month)),
        new("reportDate", d => Whitespace.Collapse(d.ReportDate)),
        new("evaluators", d => "[" + string.Join(", ", d.Evaluators.Select(e => "\"" + Whitespace.Collapse(e) + "\"")) + "]"),
        new("evaluationRound", d => Integer(d.EvaluationRound)),
        new("total", d => Number(d.Total)),
        new("nationalMeanTotal", d => Number(d.NationalMeanTotal)),
    ];

    /// <summary>A decimal in invariant form without trailing zeros, so that 71.0 and 71 compare equal.</summary>
    public static string? Number(decimal? value)
        => value?.ToString("G29", CultureInfo.InvariantCulture);

    private static string? Integer(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
