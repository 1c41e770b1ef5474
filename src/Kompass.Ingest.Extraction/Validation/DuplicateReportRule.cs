using System.Globalization;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// The one cross-document flag, <c>duplicate-report</c>: each document that shares municipality,
/// year and document type with others gets one flag naming them, a warning naming the first score
/// that differs (total, an area or a question row) from one of them, info when every score agrees.
/// One flag per document, not one per pair: an archive with fifty copies of a report would
/// otherwise carry 2,450 flags for it, which no reviewer reads and which the store must write in
/// one transaction. Documents without a municipality code or a year are never duplicates. Pure.
/// </summary>
public static class DuplicateReportRule
{
    /// <summary>The flags of every document that has a duplicate, by SHA-256.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<Flag>> Find(IReadOnlyList<(string Sha256, string Path, ReportExtraction Extraction)> documents)
    {
        Guard.NotNull(documents);
        var flags = new Dictionary<string, IReadOnlyList<Flag>>(StringComparer.Ordinal);
        var groups = documents
            .Where(d => d.Extraction.Type != DocumentType.Unreadable && d.Extraction.Municipality?.Code is not null && d.Extraction.Year is not null)
            .GroupBy(d => (d.Extraction.Municipality!.Code!.Value.Value, d.Extraction.Year!.Value, d.Extraction.Type))
            .Where(g => g.Count() > 1);
        foreach (var group in groups)
        {
            var members = group.OrderBy(d => d.Path, StringComparer.Ordinal).ToList();
            foreach (var document in members)
            {
                flags[document.Sha256] = [FlagFor(document, members.Where(other => other.Sha256 != document.Sha256).ToList())];
            }
        }

        return flags;
    }

    // Names the first other copy that differs (else the first other copy) and counts the rest.
    private static Flag FlagFor((string Sha256, string Path, ReportExtraction Extraction) document, IReadOnlyList<(string Sha256, string Path, ReportExtraction Extraction)> others)
    {
        var differing = others
            .Select(other => (other.Path, Difference: FirstDifference(document.Extraction, other.Extraction)))
            .FirstOrDefault(o => o.Difference is not null);
        var named = differing.Difference is null ? others[0].Path : differing.Path;
        var rest = others.Count - 1;
        var more = rest switch
        {
            0 => "",
            1 => " and 1 other document",
            _ => string.Create(CultureInfo.InvariantCulture, $" and {rest} other documents"),
        };
        var subject = string.Create(CultureInfo.InvariantCulture, $"{document.Extraction.Municipality!.Name} {document.Extraction.Year!.Value}: also reported in {named}{more}");
        return differing.Difference is null
            ? new Flag(FlagCodes.DuplicateReport, FlagSeverity.Info, null, null, $"{subject}, with the same scores", []) { FromStore = true }
            : new Flag(FlagCodes.DuplicateReport, FlagSeverity.Warning, null, null, rest == 0 ? $"{subject}, where {differing.Difference}" : $"{subject}; in {named} {differing.Difference}", []) { FromStore = true };
    }

    // The first score that differs, in reading order: total, then each area's score and its rows.
    private static string? FirstDifference(ReportExtraction a, ReportExtraction b)
    {
        if (a.Total?.Value != b.Total?.Value)
        {
            return $"the total is {Text(a.Total?.Value)} here and {Text(b.Total?.Value)} there";
        }

        foreach (var number in a.Areas.Select(x => x.Number).Union(b.Areas.Select(x => x.Number)).Order())
        {
            var left = a.Areas.FirstOrDefault(x => x.Number == number);
            var right = b.Areas.FirstOrDefault(x => x.Number == number);
            if (left?.Score?.Value != right?.Score?.Value)
            {
                return string.Create(CultureInfo.InvariantCulture, $"area {number} scores {Text(left?.Score?.Value)} here and {Text(right?.Score?.Value)} there");
            }

            var rows = (left?.Questions ?? []).Select(q => q.Id.Value).Union((right?.Questions ?? []).Select(q => q.Id.Value));
            foreach (var id in rows)
            {
                var l = left?.Questions.FirstOrDefault(q => q.Id.Value == id)?.Score?.Value;
                var r = right?.Questions.FirstOrDefault(q => q.Id.Value == id)?.Score?.Value;
                if (l != r)
                {
                    return $"question {id} scores {Text(l)} here and {Text(r)} there";
                }
            }
        }

        return null;
    }

    private static string Text(decimal? value) => value is { } v ? FlagText.Number(v) : "nothing";
}
