using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Summary;

/// <summary>
/// Applies one part's findings to the draft's areas: each change is applied to the area with its
/// number (created when the draft lacks it), everything else kept, the areas in number order.
/// </summary>
internal static class AreaMerger
{
    /// <summary>The draft with every change applied and <paramref name="warnings"/> appended.</summary>
    public static ReportExtraction Apply(
        ReportExtraction draft,
        IEnumerable<(int Number, Func<AreaExtraction, AreaExtraction> Change)> changes,
        IEnumerable<string> warnings)
    {
        var areas = draft.Areas.ToDictionary(a => a.Number);
        foreach (var (number, change) in changes)
        {
            var area = areas.TryGetValue(number, out var existing) ? existing : new AreaExtraction { Number = number };
            areas[number] = change(area);
        }

        return draft with
        {
            Areas = areas.Values.OrderBy(a => a.Number).ToList(),
            Warnings = draft.Warnings.Concat(warnings).ToList(),
        };
    }
}
