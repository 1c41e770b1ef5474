using Kompass.Ingest.Domain.Reports;
using LiteDB;

namespace Kompass.Ingest.Storage.Bson;

/// <summary>Hand mapping of <see cref="AreaExtraction"/> and its <see cref="QuestionRow"/>s.</summary>
internal static class AreaBson
{
    private const string Record = "area";

    public static BsonDocument Write(AreaExtraction area) => new()
    {
        ["number"] = BsonWrite.Of(area.Number),
        ["name"] = SourcedBson.Text(area.Name),
        ["summaryScore"] = SourcedBson.Number(area.SummaryScore),
        ["nationalMean"] = SourcedBson.Number(area.NationalMean),
        ["sectionScore"] = SourcedBson.Number(area.SectionScore),
        ["tableTotal"] = SourcedBson.Number(area.TableTotal),
        ["tableTotalMax"] = SourcedBson.Number(area.TableTotalMax),
        ["subheadings"] = SourcedBson.Texts(area.Subheadings),
        ["strengths"] = SourcedBson.Texts(area.Strengths),
        ["improvements"] = SourcedBson.Texts(area.Improvements),
        ["questions"] = BsonWrite.Array(area.Questions, WriteQuestion),
    };

    /// <summary>An area as stored: its scores and rows (<see cref="ReadScores"/>) and its texts.</summary>
    public static AreaExtraction Read(BsonValue value)
    {
        var doc = value.IsDocument ? value.AsDocument : throw BsonRead.Malformed(Record, "areas");
        return ReadScores(doc) with
        {
            Name = SourcedBson.Text(doc["name"]),
            NationalMean = SourcedBson.Number(doc["nationalMean"]),
            TableTotalMax = SourcedBson.Number(doc["tableTotalMax"]),
            Subheadings = SourcedBson.Texts(doc["subheadings"]),
            Strengths = SourcedBson.Texts(doc["strengths"]),
            Improvements = SourcedBson.Texts(doc["improvements"]),
        };
    }

    /// <summary>An area's number, scores and question rows, as <see cref="Read"/> reads them; its texts are left out.</summary>
    public static AreaExtraction ReadScores(BsonValue value)
    {
        var doc = value.IsDocument ? value.AsDocument : throw BsonRead.Malformed(Record, "areas");
        return new AreaExtraction
        {
            Number = doc.RequiredInt("number", Record),
            SummaryScore = SourcedBson.Number(doc["summaryScore"]),
            SectionScore = SourcedBson.Number(doc["sectionScore"]),
            TableTotal = SourcedBson.Number(doc["tableTotal"]),
            Questions = doc["questions"].ListOf(ReadQuestion),
        };
    }

    private static BsonValue WriteQuestion(QuestionRow row) => new BsonDocument
    {
        ["id"] = SourcedBson.Text(row.Id),
        ["text"] = SourcedBson.Text(row.Text),
        ["score"] = SourcedBson.Number(row.Score),
        ["max"] = SourcedBson.Number(row.Max),
        ["percent"] = SourcedBson.Number(row.Percent),
    };

    private static QuestionRow ReadQuestion(BsonValue value)
    {
        var doc = value.IsDocument ? value.AsDocument : throw BsonRead.Malformed("question", "questions");
        return new QuestionRow(
            SourcedBson.Text(doc["id"]) ?? throw BsonRead.Malformed("question", "id"),
            SourcedBson.Text(doc["text"]) ?? throw BsonRead.Malformed("question", "text"),
            SourcedBson.Number(doc["score"]),
            SourcedBson.Number(doc["max"]),
            SourcedBson.Number(doc["percent"]));
    }
}
