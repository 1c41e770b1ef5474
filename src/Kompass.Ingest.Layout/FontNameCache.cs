namespace Kompass.Ingest.Layout;

/// <summary>
/// <see cref="FontNames.WithoutSubsetTag"/> once per font of a document instead of once per word
/// and space glyph: each call on a tagged name cut a new string. A page's letters share their
/// font's name string, so the name last asked for is compared by reference first. One instance
/// per document; not thread-safe.
/// </summary>
internal sealed class FontNameCache
{
    private readonly Dictionary<string, string> _byName = new(StringComparer.Ordinal);
    private string? _lastName;
    private string _lastWithoutTag = string.Empty;

    /// <summary>The name without its subset tag; empty for a missing name.</summary>
    public string WithoutSubsetTag(string? fontName)
    {
        if (string.IsNullOrEmpty(fontName))
        {
            return string.Empty;
        }

        if (!ReferenceEquals(fontName, _lastName))
        {
            if (!_byName.TryGetValue(fontName, out var withoutTag))
            {
                withoutTag = FontNames.WithoutSubsetTag(fontName);
                _byName[fontName] = withoutTag;
            }

            (_lastName, _lastWithoutTag) = (fontName, withoutTag);
        }

        return _lastWithoutTag;
    }
}
