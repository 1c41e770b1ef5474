using Kompass.Ingest.Domain.Frameworks;
using Kompass.Ingest.Domain.Reports;
using LiteDB;

namespace Kompass.Ingest.Storage.Bson;

/// <summary>
/// One row of the <c>areaScores</c> collection: a scored area of a document's current extraction
/// with what analysts filter it by, <c>{ _id: "sha256/area", sha256, area, score, nationalMean,
/// year, municipalityCode, framework, type, name, page, municipalityName }</c>: enough for an area's
/// ranking without reading the whole evaluation row.
/// </summary>
internal static class AreaScoreBson
{
    public static BsonDocument Write(string sha256, ReportExtraction extraction, AreaExtraction area) => new()
    {
        ["_id"] = $"{sha256}/{area.Number}",
        ["sha256"] = sha256,
        ["area"] = BsonWrite.Of(area.Number),
        ["score"] = BsonWrite.Of(area.Score?.Value),
        ["nationalMean"] = BsonWrite.Of(area.NationalMean?.Value),
        ["year"] = BsonWrite.Of(extraction.Year?.Value),
        ["municipalityCode"] = BsonWrite.Of(extraction.Municipality?.Code?.Value),
        ["framework"] = BsonWrite.Of(extraction.Framework?.ToName()),
        ["type"] = extraction.Type.ToString(),
        ["name"] = BsonWrite.Of(area.Name?.Value),
        ["page"] = BsonWrite.Of(area.Score?.Source is { Page: > 0 } source ? source.Page : null),
        ["municipalityName"] = BsonWrite.Of(extraction.Municipality?.Name ?? extraction.MunicipalityAsPrinted?.Value),
    };

    public static AreaScoreRow Read(BsonDocument doc) => new(
        doc.RequiredString("sha256", "area score"),
        doc.RequiredInt("area", "area score"),
        doc["score"].DecimalOrNull(),
        doc["nationalMean"].DecimalOrNull(),
        doc["year"].IntOrNull(),
        doc["municipalityCode"].StringOrNull(),
        doc["framework"].StringOrNull())
    {
        Type = Enum.TryParse<DocumentType>(doc["type"].StringOrNull(), out var type) ? type : null,
        Name = doc["name"].StringOrNull(),
        Page = doc["page"].IntOrNull(),
        MunicipalityName = doc["municipalityName"].StringOrNull(),
    };
}
