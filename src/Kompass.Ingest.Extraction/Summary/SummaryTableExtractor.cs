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

    /// <summary>
    /// Creates the part over the framework catalogs (every revision the archive may hold; parsed by
    /// the caller), with <paramref name="options"/> (defaults when null).
    /// </summary>
    public SummaryTableExtractor(IReadOnlyList<FrameworkCatalog> catalogs, SummaryTableOptions? options = null)
    {
        Guard.NotNull(catalogs);
        _options = options ?? new SummaryTableOptions();
        _finder = new SummaryTableFinder(new AreaNameMatcher(catalogs, _options.MinNameSimilarity), _options);
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

        var furniture = context.Furniture;
        var table = context.Pages
            .SelectMany(p => _finder.Find(p.Number, furniture.BodyLines(p), draft.Framework, draft.Year?.Value))
            .OrderByDescending(t => t.Quality.Areas).ThenByDescending(t => t.Quality.Total).ThenByDescending(t => t.Quality.Mean)
            .ThenBy(t => t.Page)
            .FirstOrDefault();
        if (table is null)
        {
            return draft;
        }

        var slack = _options.ColumnSlackEm * table.Areas.Values.Max(r => r.FontSize);
        var changes = table.Areas.Select(pair => (pair.Key, Change(table, pair.Value, slack))).ToList();
        var result = AreaMerger.Apply(draft, changes, table.Warnings);
        if (table.Total is { } total)
        {
            result = result with
            {
                Total = Value(table, total, table.ScoreColumn, slack) ?? result.Total,
                NationalMeanTotal = table.MeanColumn is { } mean ? Value(table, total, mean, slack) ?? result.NationalMeanTotal : result.NationalMeanTotal,
            };
        }

        return result;
    }

    private Func<AreaExtraction, AreaExtraction> Change(SummaryTable table, SummaryRow row, double slack)
        => area => area with
        {
            SummaryScore = Value(table, row, table.ScoreColumn, slack) ?? area.SummaryScore,
            NationalMean = table.MeanColumn is { } mean ? Value(table, row, mean, slack) ?? area.NationalMean : area.NationalMean,
            Name = area.Name ?? NameOf(table, row),
        };

    private static Sourced<decimal>? Value(SummaryTable table, SummaryRow row, int column, double slack)
        => table.CellOf(row, column, slack) is { Value: { } value } cell
            ? Sourced.Of(value, new Provenance(table.Page, cell.Box, cell.Raw, ExtractorName))
            : null;

    private static Sourced<string>? NameOf(SummaryTable table, SummaryRow row)
    {
        var name = Prefix().Replace(Space().Replace(row.Label, " ").Trim(), string.Empty);
        if (name.Length == 0)
        {
            return null;
        }

        var raw = string.Join('\n', row.LabelLines.Select(l => l.Text));
        var box = BoundingBox.UnionOf(row.LabelLines.Select(l => l.Box));
        return Sourced.Of(name, new Provenance(table.Page, box, raw, ExtractorName));
    }

    [GeneratedRegex(@"^(?:omr[åa]de\s*)?[1-8]\s*[.):]?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
