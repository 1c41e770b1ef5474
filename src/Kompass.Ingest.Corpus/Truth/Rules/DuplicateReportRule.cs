using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Corpus.Truth.Rules;

/// <summary>
/// <c>duplicate-report</c>, across documents: another document has the same municipality (by
/// code, else by name), year and document type. Raised on both; a warning when any score differs
/// (total, an area, a question row), info when they agree. Applied to the Kompass report types
/// only: two related documents of one municipality and year are not duplicates of a report.
/// </summary>
public sealed class DuplicateReportRule
{
    private static readonly HashSet<string> ReportTypes = new(StringComparer.Ordinal)
    {
        "kommunkompassen-analysis", "kommunkompassen-pm", "kommunkompassen-feedback", "regionkompassen",
    };

    /// <summary>The flags each document gets, keyed by its index in <paramref name="documents"/>; absent when none.</summary>
    public IReadOnlyDictionary<int, TruthFlag> Check(IReadOnlyList<TruthDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var flags = new Dictionary<int, TruthFlag>();
        var groups = documents
            .Select((document, index) => (document, index))
            .Where(d => ReportTypes.Contains(d.document.DocumentType) && d.document.Municipality is not null && d.document.Year is not null)
            .GroupBy(d => (d.document.DocumentType, Key: d.document.Municipality!.Code ?? d.document.Municipality.Name, d.document.Year));
        foreach (var group in groups.Where(g => g.Count() > 1))
        {
            foreach (var (document, index) in group)
            {
                var differences = group.Where(o => o.index != index).Select(o => Difference(document, o.document)).OfType<string>().ToList();
                flags[index] = new TruthFlag(
                    FlagCodes.DuplicateReport,
                    differences.Count > 0 ? FlagSeverity.Warning : FlagSeverity.Info,
                    null,
                    null,
                    differences.Count > 0
                        ? $"another {document.DocumentType} of {document.Municipality!.Name} {document.Year} differs: {differences[0]}"
                        : $"another {document.DocumentType} of {document.Municipality!.Name} {document.Year} has the same scores");
            }
        }

        return flags;
    }

    /// <summary>What score differs between two documents ("area 3: 74 vs 71"), or null when none does.</summary>
    public static string? Difference(ExportDocument first, ExportDocument second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Total != second.Total)
        {
            return $"total {first.Total} vs {second.Total}";
        }

        var numbers = first.Areas.Select(a => a.Number).Union(second.Areas.Select(a => a.Number)).Order();
        foreach (var number in numbers)
        {
            var a = first.Areas.FirstOrDefault(x => x.Number == number);
            var b = second.Areas.FirstOrDefault(x => x.Number == number);
            if (a?.Score != b?.Score)
            {
                return $"area {number}: {a?.Score} vs {b?.Score}";
            }

            var ids = (a?.Questions ?? []).Select(q => q.Id).Union((b?.Questions ?? []).Select(q => q.Id), StringComparer.Ordinal);
            foreach (var id in ids)
            {
                var qa = a?.Questions.FirstOrDefault(q => q.Id == id);
                var qb = b?.Questions.FirstOrDefault(q => q.Id == id);
                if (qa?.Score != qb?.Score)
                {
                    return $"question {id}: {qa?.Score} vs {qb?.Score}";
                }
            }
        }

        return null;
    }
}
