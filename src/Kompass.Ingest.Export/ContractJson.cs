using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Export;

/// <summary>
/// The one JSON configuration of the contract: camelCase names, nulls written (the schema requires
/// every field), Swedish letters written as themselves, indented for people who diff exports.
/// System.Text.Json writes numbers with the invariant culture.
/// </summary>
public static class ContractJson
{
    /// <summary>Options shared by export files and truth files.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>Writes an export file.</summary>
    public static void Write(Stream stream, ExportFile file) => JsonSerializer.Serialize(stream, file, Options);

    /// <summary>Reads an export file; throws <see cref="JsonException"/> when it is not one.</summary>
    public static ExportFile ReadExport(Stream stream)
        => JsonSerializer.Deserialize<ExportFile>(stream, Options) ?? throw new JsonException("empty export file");

    /// <summary>Serialises a truth file.</summary>
    public static string Serialize(TruthDocument truth) => JsonSerializer.Serialize(truth, Options);

    /// <summary>Reads a truth file; throws <see cref="JsonException"/> when it is not one.</summary>
    public static TruthDocument ReadTruth(string json)
        => JsonSerializer.Deserialize<TruthDocument>(json, Options) ?? throw new JsonException("empty truth file");
}
