using LiteDB;

namespace Kompass.Ingest.Storage.Bson;

/// <summary>
/// Hand mapping of <see cref="StoredDocument"/> to the <c>documents</c> collection. The SHA-256 is
/// the <c>_id</c>, so the primary-key index is the hash index.
/// </summary>
internal static class DocumentBson
{
    private const string Record = "document";

    public static BsonDocument Write(StoredDocument d) => new()
    {
        ["_id"] = d.Sha256,
        ["paths"] = BsonWrite.Strings(d.Paths),
        ["firstSeenRun"] = d.FirstSeenRun,
        ["lastSeenRun"] = d.LastSeenRun,
        ["type"] = StoreNames.Name(d.Type),
        ["error"] = BsonWrite.Of(d.Error),
        ["extractorVersion"] = d.ExtractorVersion,
        ["pipelineVersion"] = d.PipelineVersion,
        ["pageCount"] = d.PageCount,
        ["municipalityCode"] = BsonWrite.Of(d.MunicipalityCode),
        ["year"] = BsonWrite.Of(d.Year),
        ["framework"] = BsonWrite.Of(d.Framework),
        ["storedAt"] = BsonWrite.Of(d.StoredAt),
    };

    public static StoredDocument Read(BsonDocument doc)
    {
        var paths = doc["paths"].Strings();
        return new StoredDocument
        {
            Sha256 = doc.RequiredString("_id", Record),
            Paths = paths.Count > 0 ? paths : throw BsonRead.Malformed(Record, "paths"),
            FirstSeenRun = doc.RequiredInt("firstSeenRun", Record),
            LastSeenRun = doc.RequiredInt("lastSeenRun", Record),
            Type = StoreNames.TypeOf(doc.RequiredString("type", Record), Record),
            Error = doc["error"].StringOrNull(),
            ExtractorVersion = doc.RequiredString("extractorVersion", Record),
            PipelineVersion = doc.RequiredString("pipelineVersion", Record),
            PageCount = doc["pageCount"].IntOrNull() ?? 0,
            MunicipalityCode = doc["municipalityCode"].StringOrNull(),
            Year = doc["year"].IntOrNull(),
            Framework = doc["framework"].StringOrNull(),
            StoredAt = doc.RequiredTime("storedAt", Record),
        };
    }
}
