using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Extraction.Normalisation;

namespace Kompass.Ingest.Pipeline.Review;

/// <summary>
/// Municipalities as people type them and as the store keeps them: a name in any printed form
/// ("Göteborgs stad", "Region Gotland") or a code to the official code, and a code back to the
/// official name (stored documents keep only the code).
/// </summary>
public sealed class MunicipalityLookup
{
    private readonly MunicipalityMatcher _matcher;
    private readonly Dictionary<string, string> _nameByCode = new(StringComparer.Ordinal);

    /// <summary>Indexes the official list.</summary>
    public MunicipalityLookup(MunicipalityDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        _matcher = new MunicipalityMatcher(directory);
        foreach (var county in directory.Counties)
        {
            _nameByCode[county.Code.Value] = county.Name;
        }

        foreach (var kommun in directory.Kommuner.Where(k => k.Code is not null))
        {
            _nameByCode[kommun.Code!.Value.Value] = kommun.Name;
        }
    }

    /// <summary>The official code of the municipality or region <paramref name="name"/> names (any printed form, or the code).</summary>
    public string CodeOf(string name)
    {
        var code = MunicipalityCode.TryParse(Guard.NotNull(name), out var printedCode) ? printedCode : (_matcher.MatchKommun(name) ?? _matcher.MatchRegion(name))?.Code;
        return code?.Value
            ?? throw new UserActionableException($"'{name}' is not a municipality or region of the official list; check the spelling or give its code");
    }

    /// <summary>The official name for <paramref name="code"/>, or null.</summary>
    public string? NameOf(string? code) => code is not null && _nameByCode.TryGetValue(code, out var name) ? name : null;
}
