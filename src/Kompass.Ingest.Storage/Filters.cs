using LiteDB;

namespace Kompass.Ingest.Storage;

/// <summary>
/// Query filters whose value is a parameter, never part of the expression's text. LiteDB compiles
/// every distinct expression text once and keeps the compiled code for the life of the process:
/// its <c>Query.EQ(field, value)</c> writes the value into the text, so each document's SHA-256
/// cost a compilation and leaked its code (about 30 KiB a document over a 5,000-document ingest).
/// Here each filter's text is fixed, so it is compiled once.
/// </summary>
internal static class Filters
{
    /// <summary><paramref name="field"/> equals <paramref name="value"/>.</summary>
    public static BsonExpression Equal(string field, BsonValue value)
        => BsonExpression.Create($"{field} = @0", value);

    /// <summary><paramref name="field"/> equals <paramref name="value"/> and <paramref name="otherField"/> equals <paramref name="otherValue"/>.</summary>
    public static BsonExpression Equal(string field, BsonValue value, string otherField, BsonValue otherValue)
        => BsonExpression.Create($"{field} = @0 AND {otherField} = @1", value, otherValue);
}
