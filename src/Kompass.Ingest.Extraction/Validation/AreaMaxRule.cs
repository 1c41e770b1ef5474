using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// <c>area-max-mismatch</c>: an area's row maxima do not add up to
/// <see cref="ValidationOptions.AreaMax"/> (100), only where the table lists every row: every
/// question its question set has for the area is printed (else <c>missing-question</c> explains
/// the shortfall), or, without a known set, the ids run n.1, n.2 … without a gap. Every row must
/// have a max. Pure and thread-safe.
/// </summary>
public sealed class AreaMaxRule(ValidationOptions options, IReadOnlyList<FrameworkCatalog> catalogs) : IDocumentRule
{
    private readonly QuestionSetLookup _sets = new(catalogs);

    /// <inheritdoc />
    public IEnumerable<Flag> Check(ReportExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var set = _sets.For(extraction);
        foreach (var area in extraction.Areas.Where(a => a.Questions.Count > 0))
        {
            if (area.Questions.Any(r => r.Max is null) || !ListsEveryRow(area, set))
            {
                continue;
            }

            var sum = checked(area.Questions.Sum(r => r.Max!.Value));
            if (sum == options.AreaMax)
            {
                continue;
            }

            yield return new Flag(
                FlagCodes.AreaMaxMismatch,
                FlagSeverity.Warning,
                area.Number,
                null,
                $"{FlagText.Subject(area.Number)}: the rows' maxima add up to {FlagText.Number(sum)}{FlagText.Page(area.Questions[0].Id.Source)}, an area's maximum is {FlagText.Number(options.AreaMax)}",
                [.. area.Questions.Select(r => r.Max!.Source)]);
        }
    }

    private static bool ListsEveryRow(AreaExtraction area, QuestionSet? set)
    {
        var printed = area.Questions.Select(r => QuestionSetLookup.Normalise(r.Id.Value)).ToHashSet(StringComparer.Ordinal);
        if (set is not null)
        {
            return set.ForArea(area.Number).All(q => printed.Contains(q.Id));
        }

        var expected = Enumerable.Range(1, area.Questions.Count).Select(k => FormattableString.Invariant($"{area.Number}.{k}"));
        return expected.All(printed.Contains);
    }
}
