using LiteDB;

namespace Kompass.Ingest.Storage.Bson;

/// <summary>
/// Hand mapping of one document's strengths and improvements to the <c>findingSets</c> collection:
/// one row per document (<c>_id</c> = its SHA-256), its items (each as <see cref="FindingBson"/>,
/// with its own terms) and the distinct themes of all of them, which a multikey index covers. The
/// document's terms are kept apart, in <see cref="FindingTermsBson"/>; rows of older stores also
/// carry them here, in a <c>terms</c> field nothing reads any longer.
/// </summary>
internal static class FindingSetBson
{
    private const string Record = "finding set";

    /// <summary>The row of <paramref name="sha256"/>'s <paramref name="rows"/> (one document's, none empty).</summary>
    public static BsonDocument Write(string sha256, IReadOnlyList<FindingRow> rows) => new()
    {
        ["_id"] = sha256,
        ["themes"] = BsonWrite.Strings(rows.Select(r => r.Theme).OfType<string>().Distinct(StringComparer.Ordinal)),
        ["items"] = BsonWrite.Array(rows, r => FindingBson.Write(r)),
    };

    /// <summary>The items of a row whose theme is <paramref name="theme"/> (ordinal).</summary>
    public static IEnumerable<FindingRow> ItemsWithTheme(BsonDocument doc, string theme)
        => Items(doc).Where(row => string.Equals(row.Theme, theme, StringComparison.Ordinal));

    /// <summary>The items of a row that have a term starting with <paramref name="prefix"/>.</summary>
    public static IEnumerable<FindingRow> ItemsWithTermPrefix(BsonDocument doc, string prefix)
        => Items(doc).Where(row => row.Terms.Any(term => term.StartsWith(prefix, StringComparison.Ordinal)));

    private static IEnumerable<FindingRow> Items(BsonDocument doc)
        => doc.RequiredArray("items", Record).Select(item => FindingBson.Read(item.AsDocument));
}
