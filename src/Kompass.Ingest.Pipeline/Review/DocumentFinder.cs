using System.Globalization;
using System.Text.RegularExpressions;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Pipeline.Review;

/// <summary>
/// Finds the document a reviewer means: a hash prefix (at least 6 hex digits) or
/// "Municipality YEAR" with the municipality in any printed form or as its code ("Göteborgs stad
/// 2016", "1480 2016"). Anything that matches no document, or more than one, is a
/// <see cref="UserActionableException"/> that says what to type instead.
/// </summary>
public sealed partial class DocumentFinder(IDocumentReader store, MunicipalityLookup municipalities)
{
    private const int ShortestPrefix = 6;

    private readonly IDocumentReader _store = Guard.NotNull(store);
    private readonly MunicipalityLookup _municipalities = Guard.NotNull(municipalities);

    /// <summary>The one stored document <paramref name="doc"/> names.</summary>
    public StoredDocument Find(string doc)
    {
        var text = Guard.NotNull(doc).Trim();
        if (HashPrefix().IsMatch(text))
        {
            return One(text, _store.Documents().Where(d => d.Sha256.StartsWith(text.ToLowerInvariant(), StringComparison.Ordinal)).ToList());
        }

        if (MunicipalityYear().Match(text) is not { Success: true } match)
        {
            throw new UserActionableException($"'{text}' names no document: give a hash prefix of at least {ShortestPrefix} hex digits or \"Municipality YEAR\" (e.g. \"Göteborg 2016\")");
        }

        var name = match.Groups["name"].Value;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var code = _municipalities.CodeOf(name);
        return One(text, _store.Documents().Where(d => d.MunicipalityCode == code && d.Year == year).ToList());
    }

    private static StoredDocument One(string text, IReadOnlyList<StoredDocument> matches) => matches.Count switch
    {
        1 => matches[0],
        0 => throw new UserActionableException($"no stored document matches '{text}'; `kompass flags` lists the documents with flags"),
        _ => throw new UserActionableException(
            $"'{text}' matches {matches.Count} documents ({string.Join(", ", matches.Take(5).Select(d => $"{d.Sha256[..10]} {Path.GetFileName(d.FirstPath)}"))}); give one of their hash prefixes"),
    };

    [GeneratedRegex(@"^[0-9a-fA-F]{6,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex HashPrefix();

    [GeneratedRegex(@"^(?<name>.+?)\s+(?<year>(?:19|20)\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex MunicipalityYear();
}
