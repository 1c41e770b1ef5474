using System.Text.Json.Serialization;

namespace Kompass.Ingest.Export;

/// <summary>
/// One number of the export in long format: the document's identity columns, where the number
/// belongs (area, question), what it measures and where it is printed. The CSV and the Parquet
/// exports are both made of these rows, so they hold the same values. (No required members: a
/// Parquet reader builds rows with a parameterless constructor.)
/// </summary>
public sealed record LongFormatRow
{
    /// <summary>The document's SHA-256.</summary>
    [JsonPropertyName("sha256")]
    public string Sha256 { get; init; } = string.Empty;

    /// <summary>The document's first path in the archive.</summary>
    [JsonPropertyName("path")]
    public string Path { get; init; } = string.Empty;

    /// <summary>The contract's document type.</summary>
    [JsonPropertyName("documentType")]
    public string DocumentType { get; init; } = string.Empty;

    /// <summary>The municipality's name.</summary>
    [JsonPropertyName("municipality")]
    public string? Municipality { get; init; }

    /// <summary>The municipality's official code.</summary>
    [JsonPropertyName("municipalityCode")]
    public string? MunicipalityCode { get; init; }

    /// <summary>The evaluation year.</summary>
    [JsonPropertyName("year")]
    public int? Year { get; init; }

    /// <summary>The framework revision.</summary>
    [JsonPropertyName("frameworkVersion")]
    public string? FrameworkVersion { get; init; }

    /// <summary>The area (1-8), or null for the document's total.</summary>
    [JsonPropertyName("area")]
    public int? Area { get; init; }

    /// <summary>The question's id, or null for an area's or the document's number.</summary>
    [JsonPropertyName("question")]
    public string? Question { get; init; }

    /// <summary>The area's name or the question's text.</summary>
    [JsonPropertyName("label")]
    public string? Label { get; init; }

    /// <summary>What the number is: total, nationalMeanTotal, score, nationalMean, max, percent.</summary>
    [JsonPropertyName("measure")]
    public string Measure { get; init; } = string.Empty;

    /// <summary>The number.</summary>
    [JsonPropertyName("value")]
    public decimal Value { get; init; }

    /// <summary>The page it is printed on.</summary>
    [JsonPropertyName("page")]
    public int? Page { get; init; }
}
