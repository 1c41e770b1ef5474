using System.Globalization;
using LiteDB;

namespace Kompass.Ingest.Storage.Bson;

/// <summary>Writing helpers for hand-mapped documents: nullable values become BSON null, times ISO 8601 text.</summary>
internal static class BsonWrite
{
    public static BsonValue Of(int? value) => value is { } v ? Of(v) : BsonValue.Null;

    /// <summary>
    /// The BSON value of <paramref name="value"/>; page, area, item and row numbers and years are
    /// taken from a table, not allocated: a report's extraction writes over a thousand of them (a
    /// page number with each value), each a value and a boxed integer. Sharing is safe, as a BSON
    /// integer never changes.
    /// </summary>
    public static BsonValue Of(int value) => (uint)value < (uint)SmallIntegers.Length ? SmallIntegers[value] : new BsonValue(value);

    // Up to past any year a report prints.
    private static readonly BsonValue[] SmallIntegers = [.. Enumerable.Range(0, 2200).Select(i => new BsonValue(i))];

    public static BsonValue Of(decimal? value) => value is { } v ? new BsonValue(v) : BsonValue.Null;

    public static BsonValue Of(string? value) => value is null ? BsonValue.Null : new BsonValue(value);

    // Times are text, not BSON dates: LiteDB keeps dates to the millisecond and converts them to
    // local time on read, while the round-trip format keeps the offset and every tick.
    public static BsonValue Of(DateTimeOffset? value)
        => value is { } v ? new BsonValue(v.ToString("O", CultureInfo.InvariantCulture)) : BsonValue.Null;

    public static BsonArray Array<T>(IEnumerable<T> items, Func<T, BsonValue> write) => new(items.Select(write));

    public static BsonArray Strings(IEnumerable<string> items) => Array(items, s => new BsonValue(s));
}
