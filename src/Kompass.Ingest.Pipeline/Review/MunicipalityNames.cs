using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Pipeline.Review;

/// <summary>The official names of municipalities and regions by code, for showing stored documents (which keep only the code).</summary>
public sealed class MunicipalityNames
{
    private readonly Dictionary<string, string> _byCode = new(StringComparer.Ordinal);

    /// <summary>Indexes the official list.</summary>
    public MunicipalityNames(MunicipalityDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        foreach (var county in directory.Counties)
        {
            _byCode[county.Code.Value] = county.Name;
        }

        foreach (var kommun in directory.Kommuner.Where(k => k.Code is not null))
        {
            _byCode[kommun.Code!.Value.Value] = kommun.Name;
        }
    }

    /// <summary>The official name for <paramref name="code"/>, or null.</summary>
    public string? NameOf(string? code) => code is not null && _byCode.TryGetValue(code, out var name) ? name : null;
}
