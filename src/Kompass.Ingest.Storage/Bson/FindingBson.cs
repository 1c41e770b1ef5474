using LiteDB;

namespace Kompass.Ingest.Storage.Bson;

/// <summary>
/// Hand mapping of <see cref="FindingRow"/>: an item of a <see cref="FindingSetBson"/> row. Stores
/// made before finding sets held these as rows of their own (the <c>findings</c> collection, with
/// <c>_id</c> "sha256/area/kind/item"), which <see cref="Read"/> reads too.
/// </summary>
internal static class FindingBson
{
    private const string Record = "finding";

    public static BsonDocument Write(FindingRow row) => new()
    {
        ["sha256"] = row.Sha256,
        ["area"] = BsonWrite.Of(row.Area),
        ["kind"] = row.Kind,
        ["item"] = BsonWrite.Of(row.Item),
        ["text"] = row.Text,
        ["page"] = BsonWrite.Of(row.Page),
        ["municipalityCode"] = BsonWrite.Of(row.MunicipalityCode),
        ["year"] = BsonWrite.Of(row.Year),
        ["terms"] = BsonWrite.Strings(row.Terms),
        ["theme"] = BsonWrite.Of(row.Theme),
    };

    public static FindingRow Read(BsonDocument doc) => new()
    {
        Sha256 = doc.RequiredString("sha256", Record),
        Area = doc.RequiredInt("area", Record),
        Kind = doc.RequiredString("kind", Record),
        Item = doc.RequiredInt("item", Record),
        Text = doc.RequiredString("text", Record),
        Page = doc["page"].IntOrNull(),
        MunicipalityCode = doc["municipalityCode"].StringOrNull(),
        Year = doc["year"].IntOrNull(),
        Terms = doc["terms"].Strings(),
        Theme = doc["theme"].StringOrNull(),
    };
}
