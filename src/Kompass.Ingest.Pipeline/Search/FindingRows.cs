using Kompass.Ingest.Domain.Provenance;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Pipeline.Search;

/// <summary>The strengths and improvements of an extraction as rows of the search index, each with its terms.</summary>
public static class FindingRows
{
    /// <summary>
    /// One row per strength and improvement of every area of <paramref name="extraction"/>, each
    /// with its theme when <paramref name="themes"/> is given and the document has a framework revision.
    /// </summary>
    public static IReadOnlyList<FindingRow> From(string sha256, ReportExtraction extraction, IFindingThemes? themes = null)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        return extraction.Areas
            .SelectMany(a => Rows(sha256, extraction, a.Number, FindingRow.StrengthKind, a.Strengths, themes)
                .Concat(Rows(sha256, extraction, a.Number, FindingRow.ImprovementKind, a.Improvements, themes)))
            .ToList();
    }

    private static IEnumerable<FindingRow> Rows(string sha256, ReportExtraction x, int area, string kind, IReadOnlyList<Sourced<string>> items, IFindingThemes? themes)
        => items.Select((item, i) => new FindingRow
        {
            Sha256 = sha256,
            Area = area,
            Kind = kind,
            Item = i + 1,
            Text = item.Value,
            Page = item.Source.Page > 0 ? item.Source.Page : null,
            MunicipalityCode = x.Municipality?.Code?.Value,
            Year = x.Year?.Value,
            Terms = SwedishTerms.Of(item.Value),
            Theme = themes is not null && x.Framework is { } revision ? themes.ThemeOf(revision, area, kind == FindingRow.StrengthKind, item.Value) : null,
        });
}
