using System.Text;
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
        ["terms"] = Joined(terms.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
    };

    // Each term after a separator, appended in place: no string is made per term (a report has some 200).
    private static string Joined(IEnumerable<string> terms)
    {
        var joined = new StringBuilder();
        foreach (var term in terms)
        {
            joined.Append(Separator).Append(term);
        }

        return joined.ToString();
    }

    /// <summary>Whether one of the row's terms starts with <paramref name="prefix"/> (ordinal).</summary>
    public static bool HasTermWithPrefix(BsonDocument doc, string prefix)
        => doc["terms"] is { IsString: true } terms && terms.AsString.Contains(Separator + prefix, StringComparison.Ordinal);

    /// <summary>The document (SHA-256) of a row.</summary>
    public static string Sha256(BsonDocument doc) => doc["_id"].AsString;
}
