using LiteDB;

namespace Kompass.Ingest.Storage.Bson;

/// <summary>Hand mapping of <see cref="EvaluationRow"/> to the <c>evaluations</c> collection (<c>_id</c> = the document's SHA-256).</summary>
internal static class EvaluationBson
{
    private const string Record = "evaluation";

    public static BsonDocument Write(EvaluationRow row) => new()
    {
        ["_id"] = row.Sha256,
        ["type"] = StoreNames.Name(row.Type),
        ["municipalityCode"] = BsonWrite.Of(row.MunicipalityCode),
        ["municipalityName"] = BsonWrite.Of(row.MunicipalityName),
        ["year"] = BsonWrite.Of(row.Year),
        ["month"] = BsonWrite.Of(row.Month),
        ["framework"] = BsonWrite.Of(row.Framework),
        ["total"] = BsonWrite.Of(row.Total),
        ["totalPage"] = BsonWrite.Of(row.TotalPage),
        ["nationalMeanTotal"] = BsonWrite.Of(row.NationalMeanTotal),
        ["areas"] = new BsonArray(row.Areas.Select(a => new BsonDocument
        {
            ["number"] = BsonWrite.Of(a.Number),
            ["name"] = BsonWrite.Of(a.Name),
            ["score"] = BsonWrite.Of(a.Score),
            ["page"] = BsonWrite.Of(a.Page),
            ["nationalMean"] = BsonWrite.Of(a.NationalMean),
        })),
    };

    public static EvaluationRow Read(BsonDocument doc) => new()
    {
        Sha256 = doc.RequiredString("_id", Record),
        Type = StoreNames.TypeOf(doc.RequiredString("type", Record), Record),
        MunicipalityCode = doc["municipalityCode"].StringOrNull(),
        MunicipalityName = doc["municipalityName"].StringOrNull(),
        Year = doc["year"].IntOrNull(),
        Month = doc["month"].IntOrNull(),
        Framework = doc["framework"].StringOrNull(),
        Total = doc["total"].DecimalOrNull(),
        TotalPage = doc["totalPage"].IntOrNull(),
        NationalMeanTotal = doc["nationalMeanTotal"].DecimalOrNull(),
        Areas = doc["areas"].ListOf(v => new EvaluationArea(
            v["number"].AsInt32, v["name"].StringOrNull(), v["score"].DecimalOrNull(), v["page"].IntOrNull(), v["nationalMean"].DecimalOrNull())),
    };
}
