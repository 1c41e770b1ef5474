using System.Globalization;
using LiteDB;

namespace Kompass.Ingest.Storage.Bson;

/// <summary>Writing helpers for hand-mapped documents: nullable values become BSON null, times ISO 8601 text.</summary>
internal static class BsonWrite
{
    public static BsonValue Of(int? value) => value is { } v ? new BsonValue(v) : BsonValue.Null;

    public static BsonValue Of(decimal? value) => value is { } v ? new BsonValue(v) : BsonValue.Null;

    public static BsonValue Of(string? value) => value is null ? BsonValue.Null : new BsonValue(value);

    // Times are text, not BSON dates: LiteDB keeps dates to the millisecond and converts them to
    // local time on read, while the round-trip format keeps the offset and every tick.
    public static BsonValue Of(DateTimeOffset? value)
        => value is { } v ? new BsonValue(v.ToString("O", CultureInfo.InvariantCulture)) : BsonValue.Null;

    public static BsonArray Array<T>(IEnumerable<T> items, Func<T, BsonValue> write) => new(items.Select(write));

    public static BsonArray Strings(IEnumerable<string> items) => Array(items, s => new BsonValue(s));
}
