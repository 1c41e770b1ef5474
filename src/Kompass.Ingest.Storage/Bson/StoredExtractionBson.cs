using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Storage.Records;
using LiteDB;

namespace Kompass.Ingest.Storage.Bson;

/// <summary>
/// Hand mapping of <see cref="StoredExtraction"/> to the <c>extractions</c> collection. The
/// extraction itself is written as a binary record in one field, <c>extractionRecord</c> (see
/// <see cref="ExtractionRecordWriter"/> for the format and why); rows of stores before it hold it as a BSON document,
/// <c>extraction</c> (<see cref="ExtractionBson"/>), and are read as they are: the two never mix
/// in one row, and a re-extraction replaces an old row whole.
/// </summary>
internal static class StoredExtractionBson
{
    private const string Record = "extraction row";
    private const string RecordField = "extractionRecord";
    private const string LegacyBsonField = "extraction";

    public static BsonDocument Write(StoredExtraction s) => new()
    {
        ["_id"] = s.Key,
        ["sha256"] = s.Sha256,
        ["extractorVersion"] = s.ExtractorVersion,
        ["pipelineVersion"] = s.PipelineVersion,
        ["run"] = s.RunId,
        ["extractedAt"] = BsonWrite.Of(s.ExtractedAt),
        [RecordField] = ExtractionRecordWriter.Write(s.Extraction),
    };

    public static StoredExtraction Read(BsonDocument doc) => new(
        doc.RequiredString("sha256", Record),
        doc.RequiredString("extractorVersion", Record),
        doc.RequiredString("pipelineVersion", Record),
        doc.RequiredInt("run", Record),
        doc.RequiredTime("extractedAt", Record),
        Extraction(doc));

    /// <summary>The row's extraction, whole.</summary>
    public static ReportExtraction Extraction(BsonDocument doc)
        => doc[RecordField] is { IsBinary: true } record
            ? ExtractionRecordReader.Read(record.AsBinary)
            : ExtractionBson.Read(doc.RequiredDocument(LegacyBsonField, Record));

    /// <summary>The row's extraction without its texts: what comparing copies of a report needs.</summary>
    public static ReportExtraction Scores(BsonDocument doc)
        => doc[RecordField] is { IsBinary: true } record
            ? ExtractionRecordReader.ReadScores(record.AsBinary)
            : ExtractionBson.ReadScores(doc.RequiredDocument(LegacyBsonField, Record));
}
