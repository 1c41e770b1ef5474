using LiteDB;

namespace Kompass.Ingest.Storage.Bson;

/// <summary>Hand mapping of <see cref="StoredExtraction"/> to the <c>extractions</c> collection.</summary>
internal static class StoredExtractionBson
{
    private const string Record = "extraction row";

    public static BsonDocument Write(StoredExtraction s) => new()
    {
        ["_id"] = s.Key,
        ["sha256"] = s.Sha256,
        ["extractorVersion"] = s.ExtractorVersion,
        ["pipelineVersion"] = s.PipelineVersion,
        ["run"] = s.RunId,
        ["extractedAt"] = BsonWrite.Of(s.ExtractedAt),
        ["extraction"] = ExtractionBson.Write(s.Extraction),
    };

    public static StoredExtraction Read(BsonDocument doc) => new(
        doc.RequiredString("sha256", Record),
        doc.RequiredString("extractorVersion", Record),
        doc.RequiredString("pipelineVersion", Record),
        doc.RequiredInt("run", Record),
        doc.RequiredTime("extractedAt", Record),
        ExtractionBson.Read(doc.RequiredDocument("extraction", Record)));
}
