using System.Text;
using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Extraction.Normalisation;

/// <summary>
/// Matches a municipality or region name as printed ("HELSINGBORGS STAD", "Västerås stads",
/// "Region Gotland", "Upplands Väsby", "Landstinget i Kalmar län") to the official list. Never
/// guesses: a name that matches nothing returns null, and the caller raises
/// <c>unknown-municipality</c>. Pure and thread-safe.
/// </summary>
public sealed class MunicipalityMatcher
{
    // Words printed after a name that are not part of it; genitive forms included.
    private static readonly string[] KommunSuffixes = ["kommuns", "kommun", "stads", "stad"];
    private static readonly string[] RegionPrefixes = ["region", "landstinget i", "landstinget"];

    private readonly Dictionary<string, Municipality> _kommunByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Municipality> _regionByKey = new(StringComparer.Ordinal);

    /// <summary>Indexes the official list.</summary>
    public MunicipalityMatcher(MunicipalityDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        foreach (var kommun in directory.Kommuner)
        {
            _kommunByKey[Key(kommun.Name)] = kommun;
        }

        foreach (var county in directory.Counties)
        {
            var region = new Municipality(county.ShortName, county.Code, MunicipalityKind.Region);
            _regionByKey[Key(county.Name)] = region;
            _regionByKey[Key(county.ShortName)] = region;
        }
    }

    /// <summary>
    /// The official municipality for a printed kommun name, or null. "Region Gotland" is the
    /// kommun Gotland (0980), as the contract says.
    /// </summary>
    public Municipality? MatchKommun(string printed)
    {
        var key = Key(printed);
        if (key.StartsWith("region ", StringComparison.Ordinal))
        {
            key = key["region ".Length..];
        }

        key = StripSuffix(key, KommunSuffixes);
        return Lookup(_kommunByKey, key);
    }

    /// <summary>The region (county) for a printed region name ("Region Kalmar län", "Landstinget i Kalmar län"), or null.</summary>
    public Municipality? MatchRegion(string printed)
    {
        var key = Key(printed);
        foreach (var prefix in RegionPrefixes)
        {
            if (key.StartsWith(prefix + " ", StringComparison.Ordinal))
            {
                key = key[(prefix.Length + 1)..];
                break;
            }
        }

        return Lookup(_regionByKey, key) ?? Lookup(_regionByKey, StripSuffix(key, ["läns", "län"]));
    }

    private static Municipality? Lookup(Dictionary<string, Municipality> index, string key)
    {
        if (index.TryGetValue(key, out var exact))
        {
            return exact;
        }

        // A genitive "s" on a name that does not end in s itself: "Simrishamns", "Helsingborgs".
        return key.EndsWith('s') && index.TryGetValue(key[..^1], out var genitive) ? genitive : null;
    }

    private static string StripSuffix(string key, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (key.EndsWith(" " + suffix, StringComparison.Ordinal))
            {
                return key[..^(suffix.Length + 1)];
            }
        }

        return key;
    }

    /// <summary>Lower case (Swedish rules), one space between words, hyphens kept, NFC.</summary>
    private static string Key(string text)
    {
        var collapsed = string.Join(' ', text.Normalize(NormalizationForm.FormC)
            .Split((char[])[' ', '\t', '\n', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
        return LowerCase.Swedish(collapsed.Trim('.', ',', ':', ';').Replace(" - ", "-", StringComparison.Ordinal));
    }
}
