using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Domain.Review;
using Kompass.Ingest.Pipeline.Analysis;
using Kompass.Ingest.Pipeline.Review;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Pipeline.Search;

/// <summary>
/// Full-text search over the strengths and improvements of every report. The query's words are
/// reduced to Swedish terms (<see cref="SwedishTerms"/>); an item matches when, for every query
/// term, one of its own terms starts with it (so a word form or a compound that begins with the
/// word matches: "synpunkt" finds "synpunktshantering"). Candidates come from the store's index
/// on terms; a document whose strengths or improvements a reviewer corrected is searched in its
/// corrected form instead. A theme (<see cref="SearchQuery.Theme"/>) filters the items, or,
/// with no words, lists every item of the theme (through the store's index on themes); a
/// corrected document's themes come from <paramref name="themes"/>.
/// </summary>
public sealed class FindingSearch(IDocumentReader store, MunicipalityLookup municipalities, IFindingThemes? themes = null)
{
    private readonly IDocumentReader _store = Guard.NotNull(store);
    private readonly MunicipalityLookup _municipalities = Guard.NotNull(municipalities);

    /// <summary>Runs <paramref name="query"/>.</summary>
    public SearchResult Run(SearchQuery query)
    {
        Guard.NotNull(query);
        var terms = SwedishTerms.Of(query.Text);
        if (terms.Count == 0 && query.Theme is null)
        {
            throw new UserActionableException($"'{query.Text}' has no word to search for (common words such as \"och\" and \"att\" are left out); give a word of the theme");
        }

        bool Matches(FindingRow row) => terms.All(term => row.Terms.Any(own => own.StartsWith(term, StringComparison.Ordinal)));

        var corrected = CorrectedFindings();

        // The longest term is usually the rarest: fetch its rows through the index, check the rest in memory.
        var candidates = terms.Count == 0 ? _store.FindingsWithTheme(query.Theme!) : _store.FindingsWithTermPrefix(terms.MaxBy(t => t.Length)!);
        var rows = candidates
            .Where(r => !corrected.ContainsKey(r.Sha256))
            .Concat(corrected.Values.SelectMany(r => r))
            .Where(Matches)
            .Where(r => Passes(r, query))
            .ToList();

        var hits = rows
            .Select(r => new SearchHit(Name(r.MunicipalityCode), r.MunicipalityCode, r.Year, r.Area, r.Kind, r.Item, r.Text, r.Page, r.Sha256) { Theme = r.Theme })
            .OrderBy(h => h.Year ?? 0).ThenBy(h => h.Municipality, StringComparer.Ordinal).ThenBy(h => h.Area).ThenBy(h => h.Kind, StringComparer.Ordinal).ThenBy(h => h.Item)
            .ThenBy(h => h.DocumentSha, StringComparer.Ordinal) // two copies of a report: an order that does not depend on the store's
            .ToList();
        return new SearchResult(query.Text, terms, hits, PerYear(hits, query));
    }

    private static bool Passes(FindingRow r, SearchQuery q)
        => (q.Area is null || r.Area == q.Area)
           && (q.Kind is null || r.Kind == q.Kind)
           && (q.Theme is null || string.Equals(r.Theme, q.Theme, StringComparison.Ordinal))
           && (q.MunicipalityCode is null || r.MunicipalityCode == q.MunicipalityCode)
           && (q.FromYear is null || r.Year >= q.FromYear)
           && (q.ToYear is null || r.Year <= q.ToYear);

    // The findings of the documents whose strengths or improvements have corrections in force,
    // rebuilt from the corrected extraction (the index holds them as extracted).
    private Dictionary<string, IReadOnlyList<FindingRow>> CorrectedFindings()
    {
        var corrected = new Dictionary<string, IReadOnlyList<FindingRow>>(StringComparer.Ordinal);
        foreach (var document in _store.AllCorrections().GroupBy(c => c.Sha256, StringComparer.Ordinal))
        {
            var inForce = CorrectionsInForce.Of(document);
            if (!inForce.Any(c => c.Field.Contains(".strengths[", StringComparison.Ordinal) || c.Field.Contains(".improvements[", StringComparison.Ordinal)))
            {
                continue;
            }

            if (_store.Find(document.Key) is { } stored && _store.Extraction(stored.Sha256, stored.ExtractorVersion) is { } extraction)
            {
                corrected[document.Key] = FindingRows.From(document.Key, ExtractionCorrector.Apply(extraction, inForce), themes);
            }
        }

        return corrected;
    }

    private IReadOnlyList<SearchYear> PerYear(IReadOnlyList<SearchHit> hits, SearchQuery query)
    {
        // One evaluation per municipality and year, whatever number of copies the archive holds.
        var evaluated = _store.Evaluations(query.MunicipalityCode)
            .Where(r => r.Year is not null && EvaluationMerger.IsEvaluation(r.Type))
            .GroupBy(r => r.Year!.Value)
            .ToDictionary(g => g.Key, g => g.Select(r => r.MunicipalityCode ?? r.Sha256).Distinct(StringComparer.Ordinal).Count());
        return hits
            .Where(h => h.Year is not null)
            .GroupBy(h => h.Year!.Value)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var evaluations = g.Select(h => h.Code ?? h.DocumentSha).Distinct(StringComparer.Ordinal).Count();
                var thatYear = Math.Max(evaluated.GetValueOrDefault(g.Key), evaluations);
                return new SearchYear(g.Key, g.Count(), evaluations, thatYear, Math.Round((decimal)evaluations / thatYear, 3));
            })
            .ToList();
    }

    private string Name(string? code) => _municipalities.NameOf(code) ?? code ?? "?";
}
