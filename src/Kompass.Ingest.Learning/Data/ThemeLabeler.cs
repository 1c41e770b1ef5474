using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Pipeline.Search;

namespace Kompass.Ingest.Learning.Data;

/// <summary>
/// Labels a finding with the subheading ("Rubrik") of its area that its own words name: the
/// store holds no theme for a finding, so the theme model learns from the findings whose words
/// say it (a stem shared with one subheading, or a compound containing one) and generalises to
/// those whose words do not. Each shared stem weighs 1 over the number of the area's
/// subheadings that have it, so a word every subheading shares decides nothing; a stem inside a
/// compound weighs as much when it ends the compound (Swedish compounds are right-headed:
/// "medborgardialog" is a dialogue) and half when it only begins or sits inside it. The label is
/// the subheading with the largest weight when it is unique, else none. Pure and thread-safe.
/// </summary>
public sealed class ThemeLabeler
{
    // A stem this long found inside a compound ("bemötandeutbildning" holds "bemöt") counts as
    // shared; shorter ones match too many unrelated words.
    private const int MinCompoundStem = 5;

    private readonly Dictionary<(FrameworkRevision, int), IReadOnlyList<(string Subheading, IReadOnlyList<string> Stems)>> _areas = [];

    /// <summary>Reads the subheadings of every area of <paramref name="catalogs"/>.</summary>
    public ThemeLabeler(IReadOnlyList<FrameworkCatalog> catalogs)
    {
        ArgumentNullException.ThrowIfNull(catalogs);
        foreach (var catalog in catalogs)
        {
            foreach (var area in catalog.Areas)
            {
                _areas[(catalog.Revision, area.Number)] = area.Subheadings.Select(s => (s, SwedishTerms.Of(s))).ToList();
            }
        }
    }

    /// <summary>The subheadings of an area in catalog order (empty when the catalog has none).</summary>
    public IReadOnlyList<string> Subheadings(FrameworkRevision revision, int area)
        => _areas.TryGetValue((revision, area), out var list) ? list.Select(s => s.Subheading).ToList() : [];

    /// <summary>The subheading <paramref name="text"/> names, or null.</summary>
    public string? Label(FrameworkRevision revision, int area, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_areas.TryGetValue((revision, area), out var subheadings) || subheadings.Count == 0)
        {
            return null;
        }

        var terms = SwedishTerms.Of(text);
        var weights = subheadings
            .Select(s => (s.Subheading, Weight: s.Stems.Sum(stem => terms.Select(t => Shares(t, stem)).DefaultIfEmpty(0).Max() / subheadings.Count(o => o.Stems.Contains(stem)))))
            .OrderByDescending(s => s.Weight)
            .ToList();
        return weights[0].Weight > 0 && (weights.Count == 1 || weights[1].Weight < weights[0].Weight) ? weights[0].Subheading : null;
    }

    // 1 for the same stem or the head of a compound, 0.5 for another part of one, else 0.
    private static double Shares(string term, string stem)
    {
        if (term == stem || (stem.Length >= MinCompoundStem && term.EndsWith(stem, StringComparison.Ordinal)))
        {
            return 1;
        }

        return stem.Length >= MinCompoundStem && term.Contains(stem, StringComparison.Ordinal) ? 0.5 : 0;
    }
}
