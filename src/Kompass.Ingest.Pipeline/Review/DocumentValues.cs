using System.Globalization;
using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Export;

namespace Kompass.Ingest.Pipeline.Review;

/// <summary>
/// Lists a document's correctable values, in the export contract's field paths and order, with
/// the value in force beside the value as extracted and the place each is printed. Pure.
/// </summary>
public static class DocumentValues
{
    /// <summary>The values of <paramref name="effective"/> (corrections applied), paired with <paramref name="extracted"/> by field path.</summary>
    public static IReadOnlyList<FieldValue> Of(ReportExtraction extracted, ReportExtraction effective)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        ArgumentNullException.ThrowIfNull(effective);
        var raw = Values(extracted).ToDictionary(v => v.Field, StringComparer.Ordinal);
        return Values(effective)
            .Select(v => v with { Extracted = raw.TryGetValue(v.Field, out var r) ? r.Value : null })
            .ToList();
    }

    // Each value with itself as "extracted"; Of pairs it with the raw extraction's.
    private static IEnumerable<FieldValue> Values(ReportExtraction x)
    {
        yield return Text("title", null, x.Title);
        yield return new FieldValue("documentType", null, ContractNames.Of(x.Type), null, null);
        yield return new FieldValue("frameworkVersion", null, x.Framework?.ToName(), null, null);
        yield return new FieldValue("municipality.name", null, x.Municipality?.Name, null, x.MunicipalityAsPrinted?.Source);
        yield return new FieldValue("municipality.code", null, x.Municipality?.Code?.Value, null, x.MunicipalityAsPrinted?.Source);
        yield return Whole("year", null, x.Year);
        yield return Whole("month", null, x.Month);
        yield return new FieldValue("reportDate", null, x.ReportDate?.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, x.ReportDate?.Source);
        yield return Whole("evaluationRound", null, x.EvaluationRound);
        yield return Number("total", null, x.Total);
        yield return Number("nationalMeanTotal", null, x.NationalMeanTotal);
        foreach (var value in Items("evaluators", null, x.Evaluators))
        {
            yield return value;
        }

        foreach (var area in x.Areas.OrderBy(a => a.Number))
        {
            foreach (var value in AreaValues(area))
            {
                yield return value;
            }
        }
    }

    private static IEnumerable<FieldValue> AreaValues(AreaExtraction area)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"areas[{area.Number}].");
        var n = area.Number;
        yield return Text(prefix + "name", n, area.Name);
        yield return Number(prefix + "score", n, area.Score);
        yield return Number(prefix + "nationalMean", n, area.NationalMean);
        foreach (var value in Items(prefix + "subheadings", n, area.Subheadings)
                     .Concat(Items(prefix + "strengths", n, area.Strengths))
                     .Concat(Items(prefix + "improvements", n, area.Improvements)))
        {
            yield return value;
        }

        foreach (var q in area.Questions)
        {
            var question = $"{prefix}questions[{q.Id.Value}].";
            yield return Text(question + "text", n, q.Text);
            yield return Number(question + "score", n, q.Score);
            yield return Number(question + "max", n, q.Max);
            yield return Number(question + "percent", n, q.Percent);
        }
    }

    private static IEnumerable<FieldValue> Items(string field, int? area, IReadOnlyList<Sourced<string>> items)
        => items.Select((item, i) => Text(string.Create(CultureInfo.InvariantCulture, $"{field}[{i + 1}]"), area, item));

    private static FieldValue Text(string field, int? area, Sourced<string>? value) => new(field, area, value?.Value, null, value?.Source);

    private static FieldValue Whole(string field, int? area, Sourced<int>? value)
        => new(field, area, value?.Value.ToString(CultureInfo.InvariantCulture), null, value?.Source);

    private static FieldValue Number(string field, int? area, Sourced<decimal>? value)
        => new(field, area, value is null ? null : FormatNumber(value.Value), null, value?.Source);

    // A number as the review surfaces print it: invariant, without trailing zeros.
    private static string FormatNumber(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
