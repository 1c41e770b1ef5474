using Kompass.Ingest.Domain.Review;
using LiteDB;

namespace Kompass.Ingest.Storage.Bson;

/// <summary>Hand mapping of <see cref="FlagDecision"/> to the <c>flagDecisions</c> collection (<c>_id</c> = its number).</summary>
internal static class FlagDecisionBson
{
    private const string Record = "flag decision";

    public static BsonDocument Write(FlagDecision d) => new()
    {
        ["_id"] = d.Id,
        ["sha256"] = d.Sha256,
        ["flagId"] = d.FlagId,
        ["code"] = d.Code,
        ["kind"] = d.Kind == FlagDecisionKind.Dismiss ? "dismiss" : "reopen",
        ["reviewer"] = d.Reviewer,
        ["at"] = BsonWrite.Of(d.At),
        ["reason"] = d.Reason,
    };

    public static FlagDecision Read(BsonDocument doc) => new()
    {
        Id = doc.RequiredInt("_id", Record),
        Sha256 = doc.RequiredString("sha256", Record),
        FlagId = doc.RequiredString("flagId", Record),
        Code = doc.RequiredString("code", Record),
        Kind = doc.RequiredString("kind", Record) switch
        {
            "dismiss" => FlagDecisionKind.Dismiss,
            "reopen" => FlagDecisionKind.Reopen,
            _ => throw BsonRead.Malformed(Record, "kind"),
        },
        Reviewer = doc.RequiredString("reviewer", Record),
        At = doc.RequiredTime("at", Record),
        Reason = doc.RequiredString("reason", Record),
    };
}
