namespace Kompass.Ingest.Corpus.Generation;

/// <summary>Checks a family's relative path (forward slashes, no rooted or parent parts) and maps it to the local file system.</summary>
public static class ArchivePath
{
    /// <summary>The path unchanged; throws <see cref="ArgumentException"/> for one that could escape the archive folder.</summary>
    public static string Validate(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var parts = relativePath.Split('/');
        if (relativePath.Length == 0 || relativePath.StartsWith('/') || relativePath.Contains('\\', StringComparison.Ordinal)
            || parts.Any(p => p.Length == 0 || p == "." || p == ".."))
        {
            throw new ArgumentException($"'{relativePath}' is not a relative archive path with forward slashes", nameof(relativePath));
        }

        return relativePath;
    }

    /// <summary>The path with the local directory separator.</summary>
    public static string ToLocal(string relativePath)
        => (relativePath ?? throw new ArgumentNullException(nameof(relativePath))).Replace('/', Path.DirectorySeparatorChar);
}
