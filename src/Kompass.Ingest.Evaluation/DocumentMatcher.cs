using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Evaluation;

/// <summary>
/// Pairs truths with exported documents: by SHA-256 first (a document's identity), then by path
/// for the truths left. A document exported at several paths carries only its first path, so the
/// hash is what finds it; the path covers truths written without a hash.
/// </summary>
public static class DocumentMatcher
{
    /// <summary>Pairs each truth with at most one exported document and each document with at most one truth.</summary>
    public static DocumentMatching Match(IReadOnlyList<TruthDocument> truths, IReadOnlyList<ExportDocument> exported)
    {
        ArgumentNullException.ThrowIfNull(truths);
        ArgumentNullException.ThrowIfNull(exported);

        var bySha = Index(exported.Where(d => !string.IsNullOrWhiteSpace(d.Sha256)), d => Sha(d.Sha256));
        var byPath = Index(exported, d => NormalisePath(d.Path));
        var (scored, duplicates) = SplitDuplicates(truths.OrderBy(t => NormalisePath(t.Path), StringComparer.Ordinal).ToList(), bySha);

        var used = new HashSet<ExportDocument>(ReferenceEqualityComparer.Instance);
        var pairs = new Dictionary<TruthDocument, ExportDocument>(ReferenceEqualityComparer.Instance);

        // Two passes, so that a path match never takes a document another truth names by hash.
        foreach (var truth in scored)
        {
            if (!string.IsNullOrWhiteSpace(truth.Sha256) && bySha.TryGetValue(Sha(truth.Sha256), out var doc) && used.Add(doc))
            {
                pairs[truth] = doc;
            }
        }

        foreach (var truth in scored.Where(t => !pairs.ContainsKey(t)))
        {
            if (byPath.TryGetValue(NormalisePath(truth.Path), out var doc) && used.Add(doc))
            {
                pairs[truth] = doc;
            }
        }

        return new DocumentMatching
        {
            Matches = scored.Select(t => new DocumentMatch(t, pairs.GetValueOrDefault(t))).ToList(),
            Unexpected = exported.Where(d => !used.Contains(d)).ToList(),
            DuplicateTruths = duplicates,
        };
    }

    /// <summary>Forward slashes, as the contract writes paths.</summary>
    public static string NormalisePath(string path) => path.Replace('\\', '/');

    private static (List<TruthDocument> Scored, List<TruthDocument> Duplicates) SplitDuplicates(
        List<TruthDocument> truths,
        Dictionary<string, ExportDocument> bySha)
    {
        var keep = new HashSet<TruthDocument>(ReferenceEqualityComparer.Instance);
        foreach (var group in truths.Where(t => !string.IsNullOrWhiteSpace(t.Sha256)).GroupBy(t => Sha(t.Sha256)))
        {
            // Keep the truth written for the path the export chose, else the first by path.
            var exportedPath = bySha.TryGetValue(group.Key, out var doc) ? NormalisePath(doc.Path) : null;
            keep.Add(group.FirstOrDefault(t => NormalisePath(t.Path) == exportedPath) ?? group.First());
        }

        var scored = truths.Where(t => string.IsNullOrWhiteSpace(t.Sha256) || keep.Contains(t)).ToList();
        var duplicates = truths.Where(t => !string.IsNullOrWhiteSpace(t.Sha256) && !keep.Contains(t)).ToList();
        return (scored, duplicates);
    }

    private static Dictionary<string, ExportDocument> Index(IEnumerable<ExportDocument> documents, Func<ExportDocument, string> key)
    {
        var index = new Dictionary<string, ExportDocument>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            index.TryAdd(key(document), document);
        }

        return index;
    }

    private static string Sha(string sha256) => sha256.Trim().ToLowerInvariant();
}
