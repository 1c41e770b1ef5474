using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// <c>missing-area</c>: a scored report lacks one of the eight areas in its summary table, its
/// sections or (analyses only) its question tables. A part is checked only when the report has it
/// (at least one area read there): a layout without a summary table lacks no area in it. One flag
/// per area, naming every part it is missing from. Pure and thread-safe.
/// </summary>
public sealed class MissingAreaRule(ValidationOptions options) : IDocumentRule
{
    /// <inheritdoc />
    public IEnumerable<Flag> Check(ReportExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        if (!options.ScoredTypes.Contains(extraction.Type))
        {
            yield break;
        }

        var parts = new List<(string Name, Func<AreaExtraction, Provenance?> Place)>
        {
            ("the summary table", a => a.SummaryScore?.Source),
            ("the sections", a => a.SectionScore?.Source ?? a.Subheadings.Concat(a.Strengths).Concat(a.Improvements).FirstOrDefault()?.Source),
        };
        if (options.TabledTypes.Contains(extraction.Type))
        {
            parts.Add(("the question tables", a => a.Questions.Count > 0 ? a.Questions[0].Id.Source : null));
        }

        var byNumber = extraction.Areas.ToDictionary(a => a.Number);
        var present = parts
            .Select(p => (p.Name, Places: extraction.Areas.Select(p.Place).OfType<Provenance>().ToList(), p.Place))
            .Where(p => p.Places.Count > 0)
            .ToList();
        for (var number = 1; number <= options.AreaCount; number++)
        {
            var area = byNumber.GetValueOrDefault(number);
            var missing = present.Where(p => area is null || p.Place(area) is null).ToList();
            if (missing.Count == 0)
            {
                continue;
            }

            var named = missing.Select(p => $"{p.Name}{FlagText.Page(p.Places.MinBy(s => s.Page)!)}").ToList();
            var where = named.Count == 1 ? named[0] : $"{string.Join(", ", named.Take(named.Count - 1))} or {named[^1]}";
            var held = missing.Max(p => p.Places.Count);
            var verb = missing.Count == 1 ? "holds" : "hold";
            yield return new Flag(
                FlagCodes.MissingArea,
                FlagSeverity.Warning,
                number,
                null,
                FormattableString.Invariant($"{FlagText.Subject(number)}: not found in {where}, which {verb} {held} of the {options.AreaCount} areas"),
                [.. missing.Select(p => p.Places[0])]);
        }
    }
}
