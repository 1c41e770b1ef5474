using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kompass.Ingest.Extraction.Validation;

/// <summary>
/// Parses <c>pipelines/validation.json</c> into <see cref="ValidationOptions"/>. Pure: the caller
/// reads the file. A member the file leaves out keeps its default; an unknown member or a value
/// out of its declared range is a deployment mistake and throws (<see cref="JsonException"/> or
/// <see cref="ValidationException"/>) naming it.
/// </summary>
public static class ValidationOptionsJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Parses the file's text.</summary>
    public static ValidationOptions Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var options = JsonSerializer.Deserialize<ValidationOptions>(json, Options) ?? throw new JsonException("empty validation options");
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        return options;
    }
}
