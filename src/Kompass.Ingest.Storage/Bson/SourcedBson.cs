using System.Globalization;
using Kompass.Ingest.Domain.Provenance;
using LiteDB;

namespace Kompass.Ingest.Storage.Bson;

/// <summary>
/// A <see cref="Sourced{T}"/> value as one BSON document: the value beside its provenance, so the
/// review UI and the flags can highlight exactly where it was read:
/// <c>{ value, page, box: [left, bottom, right, top] | null, raw, by }</c>.
/// </summary>
internal static class SourcedBson
{
    private const string Record = "sourced value";

    public static BsonValue Write<T>(Sourced<T>? sourced, Func<T, BsonValue> write)
    {
        if (sourced is null)
        {
            return BsonValue.Null;
        }

        var source = sourced.Source;
        return new BsonDocument
        {
            ["value"] = write(sourced.Value),
            ["page"] = BsonWrite.Of(source.Page),
            ["box"] = source.Box is { } b ? new BsonArray(new BsonValue(b.Left), new BsonValue(b.Bottom), new BsonValue(b.Right), new BsonValue(b.Top)) : BsonValue.Null,
            ["raw"] = source.RawText,
            ["by"] = source.Extractor,
        };
    }

    public static Sourced<T>? Read<T>(BsonValue value, Func<BsonValue, T> read)
    {
        if (!value.IsDocument)
        {
            return null;
        }

        var doc = value.AsDocument;
        var box = doc["box"] is { IsArray: true } b && b.AsArray.Count == 4
            ? new BoundingBox(b[0].AsDouble, b[1].AsDouble, b[2].AsDouble, b[3].AsDouble)
            : (BoundingBox?)null;
        var provenance = new Provenance(doc.RequiredInt("page", Record), box, doc["raw"].AsString ?? string.Empty, doc["by"].AsString ?? string.Empty);
        return new Sourced<T>(read(doc["value"]), provenance);
    }

    public static BsonValue Text(Sourced<string>? sourced) => Write(sourced, v => v);

    public static Sourced<string>? Text(BsonValue value) => Read(value, v => v.AsString ?? string.Empty);

    public static BsonValue Number(Sourced<decimal>? sourced) => Write(sourced, v => v);

    public static Sourced<decimal>? Number(BsonValue value) => Read(value, v => v.AsDecimal);

    public static BsonValue Integer(Sourced<int>? sourced) => Write(sourced, BsonWrite.Of);

    public static Sourced<int>? Integer(BsonValue value) => Read(value, v => v.AsInt32);

    public static BsonValue Date(Sourced<DateOnly>? sourced)
        => Write(sourced, v => v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static Sourced<DateOnly>? Date(BsonValue value)
        => Read(value, v => DateOnly.ParseExact(v.AsString, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static BsonArray Texts(IEnumerable<Sourced<string>> items) => BsonWrite.Array(items, Text);

    public static IReadOnlyList<Sourced<string>> Texts(BsonValue value)
        => value.IsArray ? value.AsArray.Select(Text).OfType<Sourced<string>>().ToList() : [];
}
