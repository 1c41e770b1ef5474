using Kompass.Ingest.Domain.Reports;
using LiteDB;

namespace Kompass.Ingest.Storage.Bson;

/// <summary>
/// Hand mapping of one document's <see cref="Flag"/> to a row of the <c>flags</c> collection:
/// <c>{ _id: "sha256/scope/n", sha256, scope, index: n, code, severity, area, question, message, status, evidence: [sourced] }</c>.
/// Enums are stored by name so that a store stays readable when members are added.
/// </summary>
internal static class FlagBson
{
    private const string Record = "flag";

    /// <summary>The scope of a flag raised by one document's own evidence; replaced with its extraction.</summary>
    public const string DocumentScope = "document";

    /// <summary>The scope of a flag raised by comparing documents (duplicate-report); replaced by a store-wide check.</summary>
    public const string StoreScope = "store";

    public static BsonDocument Write(string sha256, int index, Flag flag, string scope = DocumentScope) => new()
    {
        ["_id"] = $"{sha256}/{scope}/{index}",
        ["sha256"] = sha256,
        ["scope"] = scope,
        ["index"] = BsonWrite.Of(index),
        ["code"] = flag.Code,
        ["severity"] = flag.Severity.ToString(),
        ["area"] = BsonWrite.Of(flag.Area),
        ["question"] = BsonWrite.Of(flag.Question),
        ["message"] = flag.Message,
        ["status"] = flag.Status.ToString(),
        ["evidence"] = BsonWrite.Array(flag.Evidence, p => SourcedBson.Text(new Domain.Provenance.Sourced<string>(p.RawText, p))),
    };

    public static Flag Read(BsonDocument doc) => new(
        doc.RequiredString("code", Record),
        Enum.TryParse<FlagSeverity>(doc.RequiredString("severity", Record), out var severity) ? severity : throw BsonRead.Malformed(Record, "severity"),
        doc["area"].IntOrNull(),
        doc["question"].StringOrNull(),
        doc.RequiredString("message", Record),
        doc["evidence"].ListOf(v => SourcedBson.Text(v)!.Source))
    {
        Status = Enum.TryParse<FlagStatus>(doc.RequiredString("status", Record), out var status) ? status : throw BsonRead.Malformed(Record, "status"),
        FromStore = doc["scope"].StringOrNull() == StoreScope,
    };
}
