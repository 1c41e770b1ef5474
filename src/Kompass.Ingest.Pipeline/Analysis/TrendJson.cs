using System.Text.Json;

namespace Kompass.Ingest.Pipeline.Analysis;

/// <summary>
/// The JSON of the analysts' answers, as scripts read them: camelCase names, every field present
/// (null where a value is missing, so that the shape never changes), numbers as printed.
/// </summary>
public static class TrendJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The JSON text of <paramref name="value"/>.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
