using System.Globalization;

namespace Kompass.Ingest.Evaluation;

/// <summary>
/// What makes two question rows the same row: id, score, max and percent. Decimal equality
/// ignores trailing zeros, so 15.0 and 15 are one value.
/// </summary>
public readonly record struct RowKey(string Id, decimal? Score, decimal? Max, decimal? Percent)
{
    /// <summary>"1.2 14/15 93%", the form reports print.</summary>
    public override string ToString()
        => string.Create(
            CultureInfo.InvariantCulture,
            $"{Id} {MetadataFields.Number(Score) ?? "null"}/{MetadataFields.Number(Max) ?? "null"} {MetadataFields.Number(Percent) ?? "null"}%");
}
