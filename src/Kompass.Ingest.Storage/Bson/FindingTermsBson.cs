using LiteDB;

namespace Kompass.Ingest.Storage.Bson;

/// <summary>
/// Hand mapping of one document's search terms to the <c>findingTerms</c> collection: one small
/// row per document (<c>_id</c> = its SHA-256) whose <c>terms</c> is a single string, the distinct
/// terms of all its strengths and improvements in ordinal order, each one preceded by a newline.
/// A term starts with a prefix exactly where the string holds a newline followed by that prefix
/// (terms are letters and digits, never a newline), so a search reads each row once, as one string,
/// with no index to keep.
/// </summary>
internal static class FindingTermsBson
{
    private const char Separator = '\n';

    /// <summary>The row of <paramref name="sha256"/> with <paramref name="terms"/> (repeats allowed).</summary>
    public static BsonDocument Write(string sha256, IEnumerable<string> terms) => new()
    {
        ["_id"] = sha256,
        ["terms"] = Joined(Sorted(terms)),
    };

    // Distinct, in ordinal order. An unstable sort is enough (the terms are distinct, so no two
    // compare equal) and costs a fraction of the stable one LINQ's Order makes.
    private static string[] Sorted(IEnumerable<string> terms)
    {
        var distinct = new HashSet<string>(terms, StringComparer.Ordinal).ToArray();
        Array.Sort(distinct, StringComparer.Ordinal);
        return distinct;
    }

    // Each term after a separator, written in place into one string of the right length: no
    // string is made per term (a report has some 200).
    private static string Joined(string[] terms)
    {
        var length = 0;
        foreach (var term in terms)
        {
            length += 1 + term.Length;
        }

        return string.Create(length, terms, static (span, terms) =>
        {
            foreach (var term in terms)
            {
                span[0] = Separator;
                term.CopyTo(span[1..]);
                span = span[(1 + term.Length)..];
            }
        });
    }

    /// <summary>Whether one of the row's terms starts with <paramref name="prefix"/> (ordinal).</summary>
    public static bool HasTermWithPrefix(BsonDocument doc, string prefix)
        => doc["terms"] is { IsString: true } terms && terms.AsString.Contains(Separator + prefix, StringComparison.Ordinal);

    /// <summary>The document (SHA-256) of a row.</summary>
    public static string Sha256(BsonDocument doc) => doc["_id"].AsString;
}
