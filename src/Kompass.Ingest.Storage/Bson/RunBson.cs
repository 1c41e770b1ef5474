using LiteDB;

namespace Kompass.Ingest.Storage.Bson;

/// <summary>Hand mapping of <see cref="IngestRunRecord"/> to the <c>runs</c> collection (<c>_id</c> = run number).</summary>
internal static class RunBson
{
    private const string Record = "run";

    public static BsonDocument Write(IngestRunRecord r) => new()
    {
        ["_id"] = r.Id,
        ["root"] = r.Root,
        ["startedAt"] = BsonWrite.Of(r.StartedAt),
        ["finishedAt"] = BsonWrite.Of(r.FinishedAt),
        ["elapsedMs"] = r.ElapsedMilliseconds,
        ["extractorVersion"] = r.ExtractorVersion,
        ["pipelineVersion"] = r.PipelineVersion,
        ["seen"] = r.Seen,
        ["added"] = r.Added,
        ["reextracted"] = r.Reextracted,
        ["alreadyKnown"] = r.AlreadyKnown,
        ["newPaths"] = BsonWrite.Strings(r.NewPaths),
        ["refused"] = BsonWrite.Array(r.Refused, WriteRefused),
        ["unscanned"] = BsonWrite.Array(r.Unscanned, WriteRefused),
        ["notDocuments"] = BsonWrite.Strings(r.NotDocuments),
        ["cancelled"] = r.Cancelled,
    };

    public static IngestRunRecord Read(BsonDocument doc) => new()
    {
        Id = doc.RequiredInt("_id", Record),
        Root = doc.RequiredString("root", Record),
        StartedAt = doc.RequiredTime("startedAt", Record),
        FinishedAt = doc["finishedAt"].TimeOrNull(),
        ElapsedMilliseconds = doc["elapsedMs"].IsNumber ? doc["elapsedMs"].AsInt64 : 0,
        ExtractorVersion = doc.RequiredString("extractorVersion", Record),
        PipelineVersion = doc.RequiredString("pipelineVersion", Record),
        Seen = doc["seen"].IntOrNull() ?? 0,
        Added = doc["added"].IntOrNull() ?? 0,
        Reextracted = doc["reextracted"].IntOrNull() ?? 0,
        AlreadyKnown = doc["alreadyKnown"].IntOrNull() ?? 0,
        NewPaths = doc["newPaths"].Strings(),
        Refused = doc["refused"].ListOf(ReadRefused),
        Unscanned = doc["unscanned"].ListOf(ReadRefused),
        NotDocuments = doc["notDocuments"].Strings(),
        Cancelled = doc["cancelled"].IsBoolean && doc["cancelled"].AsBoolean,
    };

    private static BsonValue WriteRefused(RefusedFile file) => new BsonDocument { ["path"] = file.Path, ["reason"] = file.Reason };

    private static RefusedFile ReadRefused(BsonValue value) => new(value["path"].AsString ?? string.Empty, value["reason"].AsString ?? string.Empty);
}
