using System.Text.RegularExpressions;
using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Summary;

/// <summary>
/// The summary-table part of a report ("Tabell 1", "Sammanfattning av resultat",
/// "Poängsammanställning", the results slide of a feedback deck): sets each area's
/// <see cref="AreaExtraction.SummaryScore"/> and <see cref="AreaExtraction.NationalMean"/> (and its
/// <see cref="AreaExtraction.Name"/> when no other part has set one), and the report's
/// <see cref="ReportExtraction.Total"/> and <see cref="ReportExtraction.NationalMeanTotal"/>. Each
/// value carries the page and box of the number it was read from. The table is found by its
/// structure (see <see cref="SummaryTableFinder"/>); of several candidates the one with most
/// areas, then a total row, then a mean column, then the earliest, wins. Applies to scored
/// documents only. Pure and thread-safe.
/// </summary>
public sealed partial class SummaryTableExtractor : IReportPartExtractor
{
    private static readonly string ExtractorName = ExtractionVersion.Of(nameof(SummaryTableExtractor));

    private readonly SummaryTableOptions _options;
    private readonly SummaryTableFinder _finder;
    private readonly TransposedSummaryReader _transposed;

    /// <summary>
    /// Creates the part over the framework catalogs (every revision the archive may hold; parsed by
    /// the caller), with <paramref name="options"/> (defaults when null).
    /// </summary>
    public SummaryTableExtractor(IReadOnlyList<FrameworkCatalog> catalogs, SummaryTableOptions? options = null)
    {
        Guard.NotNull(catalogs);
        _options = options ?? new SummaryTableOptions();
        var matcher = new AreaNameMatcher(catalogs, _options.MinNameSimilarity);
        _finder = new SummaryTableFinder(matcher, _options);
        _transposed = new TransposedSummaryReader(new SummaryAreaResolver(matcher), _options);
    }

    /// <inheritdoc />
    public ReportExtraction Extract(ExtractionContext context, ReportExtraction draft)
    {
        Guard.NotNull(context);
        Guard.NotNull(draft);
        if (!_options.ScoredTypes.Contains(context.Classification.Type))
        {
            return draft;
        }

        var reading = Joined(Candidates(context, draft).ToList())
            .Where(t => t.Areas.Count >= _options.MinAreaRows)
            .OrderByDescending(t => t.Quality.Areas).ThenByDescending(t => t.Quality.Total).ThenByDescending(t => t.Quality.Mean)
            .ThenBy(t => t.Page)
            .FirstOrDefault();
        if (reading is null)
        {
            return draft;
        }

        var changes = reading.Areas.Select(pair => (pair.Key, Change(pair.Value))).ToList();
        var result = AreaMerger.Apply(draft, changes, reading.Warnings);
        return result with
        {
            Total = Value(reading.TotalPage, reading.Total) ?? result.Total,
            NationalMeanTotal = Value(reading.TotalPage, reading.MeanTotal) ?? result.NationalMeanTotal,
        };
    }

    // Every candidate, and besides, each table broken over a page joined with its continuation:
    // the last candidate of a page with the first of the next.
    private static IEnumerable<SummaryReading> Joined(List<SummaryReading> candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            yield return candidates[i];
            var next = candidates.FirstOrDefault(c => c.Page == candidates[i].Page + 1);
            var lastOnPage = i + 1 == candidates.Count || candidates[i + 1].Page != candidates[i].Page;
            if (lastOnPage && next is not null && candidates[i].ContinuesIn(next))
            {
                yield return candidates[i].Continue(next);
            }
        }
    }

    // Tables with the areas as rows; on a page without one, a table with the areas as columns.
    private IEnumerable<SummaryReading> Candidates(ExtractionContext context, ReportExtraction draft)
    {
        var hints = SummaryHints.Of(draft);
        foreach (var page in context.Pages)
        {
            var body = context.Furniture.BodyLines(page);
            var rows = _finder.Find(page.Number, body, hints)
                .Select(t => t.Read(_options.ColumnSlackEm * t.Areas.Values.Max(r => r.FontSize)))
                .ToList();
            if (rows.Count > 0)
            {
                foreach (var reading in rows)
                {
                    yield return reading;
                }

                continue;
            }

            if (_transposed.Read(page.Number, body, hints) is { } transposed)
            {
                yield return transposed;
            }
        }
    }

    private static Func<AreaExtraction, AreaExtraction> Change(SummaryAreaReading area)
        => extracted => extracted with
        {
            SummaryScore = Value(area.Page, area.Score) ?? extracted.SummaryScore,
            NationalMean = Value(area.Page, area.Mean) ?? extracted.NationalMean,
            Name = extracted.Name ?? NameOf(area),
        };

    private static Sourced<decimal>? Value(int page, SummaryCell? cell)
        => cell is { Value: { } value } ? Sourced.Of(value, new Provenance(page, cell.Box, cell.Raw, ExtractorName)) : null;

    private static Sourced<string>? NameOf(SummaryAreaReading area)
    {
        var name = Prefix().Replace(Space().Replace(area.Label, " ").Trim(), string.Empty);
        return !name.Any(char.IsLetter) ? null : Sourced.Of(name, new Provenance(area.Page, area.LabelBox, area.RawLabel, ExtractorName));
    }

    [GeneratedRegex(@"^(?:omr[åa]de\s*)?[1-8]\s*[.):]?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
