using Kompass.Ingest.Domain.Review;
using LiteDB;

namespace Kompass.Ingest.Storage.Bson;

/// <summary>Hand mapping of <see cref="Correction"/> to the <c>corrections</c> collection (<c>_id</c> = its number).</summary>
internal static class CorrectionBson
{
    private const string Record = "correction";

    public static BsonDocument Write(Correction c) => new()
    {
        ["_id"] = c.Id,
        ["sha256"] = c.Sha256,
        ["field"] = c.Field,
        ["oldValue"] = BsonWrite.Of(c.OldValue),
        ["newValue"] = BsonWrite.Of(c.NewValue),
        ["reviewer"] = c.Reviewer,
        ["at"] = BsonWrite.Of(c.At),
        ["reason"] = c.Reason,
        ["reverts"] = c.Reverts is { } reverts ? reverts : BsonValue.Null,
    };

    public static Correction Read(BsonDocument doc) => new()
    {
        Id = doc.RequiredInt("_id", Record),
        Sha256 = doc.RequiredString("sha256", Record),
        Field = doc.RequiredString("field", Record),
        OldValue = doc["oldValue"].StringOrNull(),
        NewValue = doc["newValue"].StringOrNull(),
        Reviewer = doc.RequiredString("reviewer", Record),
        At = doc.RequiredTime("at", Record),
        Reason = doc.RequiredString("reason", Record),
        Reverts = doc["reverts"].IntOrNull(),
    };
}
