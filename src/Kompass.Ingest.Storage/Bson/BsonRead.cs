using System.Globalization;
using Kompass.Ingest.Domain.Guards;
using LiteDB;

namespace Kompass.Ingest.Storage.Bson;

/// <summary>
/// Reading helpers for hand-mapped documents. A field that must be there and is not means the
/// file was damaged or written by another program, which a person can act on, so it is reported
/// as a <see cref="UserActionableException"/> naming the record and the field.
/// </summary>
internal static class BsonRead
{
    public static string RequiredString(this BsonDocument doc, string key, string record)
        => doc[key] is { IsString: true } value ? value.AsString : throw Malformed(record, key);

    public static int RequiredInt(this BsonDocument doc, string key, string record)
        => doc[key] is { IsNumber: true } value ? value.AsInt32 : throw Malformed(record, key);

    public static BsonDocument RequiredDocument(this BsonDocument doc, string key, string record)
        => doc[key] is { IsDocument: true } value ? value.AsDocument : throw Malformed(record, key);

    public static BsonArray RequiredArray(this BsonDocument doc, string key, string record)
        => doc[key] is { IsArray: true } value ? value.AsArray : throw Malformed(record, key);

    public static string? StringOrNull(this BsonValue value) => value.IsString ? value.AsString : null;

    public static int? IntOrNull(this BsonValue value) => value.IsNumber ? value.AsInt32 : null;

    public static decimal? DecimalOrNull(this BsonValue value) => value.IsNumber ? value.AsDecimal : null;

    public static DateTimeOffset RequiredTime(this BsonDocument doc, string key, string record)
        => DateTimeOffset.TryParse(doc.RequiredString(key, record), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time)
            ? time
            : throw Malformed(record, key);

    public static DateTimeOffset? TimeOrNull(this BsonValue value)
        => value.IsString && DateTimeOffset.TryParse(value.AsString, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time)
            ? time
            : null;

    public static IReadOnlyList<T> ListOf<T>(this BsonValue value, Func<BsonValue, T> read)
        => value.IsArray ? value.AsArray.Select(read).ToList() : [];

    public static IReadOnlyList<string> Strings(this BsonValue value) => value.ListOf(v => v.AsString);

    public static UserActionableException Malformed(string record, string field)
        => new($"the store holds a malformed {record} record (field '{field}'): the file is damaged or was written by another program; ingest into a new --db file");
}
