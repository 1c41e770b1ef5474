using Kompass.Ingest.Domain.Reports;
using LiteDB;

namespace Kompass.Ingest.Storage.Bson;

/// <summary>
/// Hand mapping of a raw <see cref="ReportExtraction"/> as a BSON document, every value with its
/// provenance: the form of the extraction rows of stores before <see cref="Records.ExtractionRecordWriter"/>,
/// which are read as they are. Field names are part of the store's format: add fields, never rename them.
/// </summary>
internal static class ExtractionBson
{
    private const string Record = "extraction";

    public static BsonDocument Write(ReportExtraction e) => new()
    {
        ["type"] = StoreNames.Name(e.Type),
        ["error"] = BsonWrite.Of(e.Error),
        ["typeEvidence"] = BsonWrite.Of(e.TypeEvidence),
        ["title"] = SourcedBson.Text(e.Title),
        ["framework"] = BsonWrite.Of(e.Framework is { } f ? StoreNames.Name(f) : null),
        ["questionSet"] = BsonWrite.Of(e.QuestionSet),
        ["municipalityAsPrinted"] = SourcedBson.Text(e.MunicipalityAsPrinted),
        ["municipality"] = e.Municipality is { } m ? WriteMunicipality(m) : BsonValue.Null,
        ["year"] = SourcedBson.Integer(e.Year),
        ["titleYear"] = SourcedBson.Integer(e.TitleYear),
        ["textYear"] = SourcedBson.Integer(e.TextYear),
        ["month"] = SourcedBson.Integer(e.Month),
        ["firstVisitDay"] = SourcedBson.Date(e.FirstVisitDay),
        ["reportDate"] = SourcedBson.Date(e.ReportDate),
        ["evaluators"] = SourcedBson.Texts(e.Evaluators),
        ["evaluationRound"] = SourcedBson.Integer(e.EvaluationRound),
        ["interviewCount"] = SourcedBson.Integer(e.InterviewCount),
        ["ocr"] = e.Ocr,
        ["total"] = SourcedBson.Number(e.Total),
        ["nationalMeanTotal"] = SourcedBson.Number(e.NationalMeanTotal),
        ["areas"] = BsonWrite.Array(e.Areas, a => AreaBson.Write(a)),
        ["warnings"] = BsonWrite.Strings(e.Warnings),
        ["pageCount"] = e.PageCount,
        ["producer"] = BsonWrite.Of(e.Producer),
        ["leadText"] = BsonWrite.Of(e.LeadText),
    };

    public static ReportExtraction Read(BsonDocument doc) => new()
    {
        Type = StoreNames.TypeOf(doc.RequiredString("type", Record), Record),
        Error = doc["error"].StringOrNull(),
        TypeEvidence = doc["typeEvidence"].StringOrNull(),
        Title = SourcedBson.Text(doc["title"]),
        Framework = StoreNames.Revision(doc["framework"].StringOrNull()),
        QuestionSet = doc["questionSet"].StringOrNull(),
        MunicipalityAsPrinted = SourcedBson.Text(doc["municipalityAsPrinted"]),
        Municipality = ReadMunicipality(doc["municipality"]),
        Year = SourcedBson.Integer(doc["year"]),
        TitleYear = SourcedBson.Integer(doc["titleYear"]),
        TextYear = SourcedBson.Integer(doc["textYear"]),
        Month = SourcedBson.Integer(doc["month"]),
        FirstVisitDay = SourcedBson.Date(doc["firstVisitDay"]),
        ReportDate = SourcedBson.Date(doc["reportDate"]),
        Evaluators = SourcedBson.Texts(doc["evaluators"]),
        EvaluationRound = SourcedBson.Integer(doc["evaluationRound"]),
        InterviewCount = SourcedBson.Integer(doc["interviewCount"]),
        Ocr = doc["ocr"].IsBoolean && doc["ocr"].AsBoolean,
        Total = SourcedBson.Number(doc["total"]),
        NationalMeanTotal = SourcedBson.Number(doc["nationalMeanTotal"]),
        Areas = doc["areas"].ListOf(AreaBson.Read),
        Warnings = doc["warnings"].Strings(),
        PageCount = doc["pageCount"].IntOrNull() ?? 0,
        Producer = doc["producer"].StringOrNull(),
        LeadText = doc["leadText"].StringOrNull(),
    };

    /// <summary>
    /// What comparing copies of a report needs (see <see cref="IDocumentReader.ExtractionScores"/>),
    /// each field read as <see cref="Read"/> reads it; the texts are left out.
    /// </summary>
    public static ReportExtraction ReadScores(BsonDocument doc) => new()
    {
        Type = StoreNames.TypeOf(doc.RequiredString("type", Record), Record),
        Municipality = ReadMunicipality(doc["municipality"]),
        Year = SourcedBson.Integer(doc["year"]),
        Total = SourcedBson.Number(doc["total"]),
        Areas = doc["areas"].ListOf(AreaBson.ReadScores),
    };

    private static BsonDocument WriteMunicipality(Municipality m) => new()
    {
        ["name"] = m.Name,
        ["code"] = BsonWrite.Of(m.Code?.Value),
        ["kind"] = StoreNames.Name(m.Kind),
    };

    private static Municipality? ReadMunicipality(BsonValue value)
    {
        if (!value.IsDocument)
        {
            return null;
        }

        var doc = value.AsDocument;
        var code = MunicipalityCode.TryParse(doc["code"].StringOrNull(), out var parsed) ? parsed : (MunicipalityCode?)null;
        return new Municipality(doc.RequiredString("name", "municipality"), code, StoreNames.Kind(doc["kind"].StringOrNull()));
    }
}
