using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Kompass.Ingest.Pipeline.Search;

/// <summary>
/// The search terms of a Swedish text, from Lucene's Swedish analyzer: words split at anything
/// that is not a letter or digit, lower-cased (Å, Ä and Ö too, and kept as the letters of their
/// own they are in Swedish), common Swedish stop words dropped, and each word reduced to its
/// Snowball stem, so that "medborgardialogen", "Medborgardialoger" and "medborgardialog" meet.
/// Thread-safe: the analyzer keeps its state per thread.
/// </summary>
public static class SwedishTerms
{
    private static readonly SwedishAnalyzer Analyzer = new(LuceneVersion.LUCENE_48);

    /// <summary>The distinct terms of <paramref name="text"/>, in their first order.</summary>
    public static IReadOnlyList<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<string>();
        using var stream = Analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (!terms.Contains(value, StringComparer.Ordinal))
            {
                terms.Add(value);
            }
        }

        stream.End();
        return terms;
    }
}
