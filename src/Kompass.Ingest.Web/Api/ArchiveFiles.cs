using System.Security.Cryptography;
using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Web.Api;

/// <summary>
/// Finds a stored document's PDF in the archive it was ingested from. Only the store names the
/// file: each of the document's paths (relative, as ingest saw them) under each run's root folder,
/// latest run first; a request never names a path. A file is served only when its bytes still
/// hash to the document's SHA-256, so a file replaced since ingest is never shown as the document.
/// </summary>
public static class ArchiveFiles
{
    /// <summary>
    /// Where <paramref name="document"/> may lie: every one of its paths under every run root, in
    /// the order to try. A root stored relative is taken relative to the current folder; a path
    /// that would leave its root is skipped.
    /// </summary>
    public static IReadOnlyList<string> Candidates(IDocumentReader store, StoredDocument document)
    {
        Guard.NotNull(store);
        Guard.NotNull(document);
        var roots = store.Runs()
            .OrderByDescending(r => r.Id)
            .Select(r => Path.TrimEndingDirectorySeparator(Path.GetFullPath(r.Root)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return document.Paths
            .Where(p => !Path.IsPathRooted(p))
            .SelectMany(p => roots.Select(root => (Root: root + Path.DirectorySeparatorChar, File: Path.GetFullPath(Path.Combine(root, p)))))
            .Where(c => c.File.StartsWith(c.Root, StringComparison.Ordinal))
            .Select(c => c.File)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The bytes of the first candidate that exists and hashes to <paramref name="sha256"/>
    /// (lowercase hex), or null. The bytes returned are the bytes hashed: the file is read once.
    /// </summary>
    public static byte[]? ReadVerified(IEnumerable<string> candidates, string sha256)
    {
        Guard.NotNull(candidates);
        Guard.NotNull(sha256);
        foreach (var file in candidates)
        {
            byte[] bytes;
            try
            {
                if (!File.Exists(file))
                {
                    continue;
                }

                bytes = File.ReadAllBytes(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            if (string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes)), sha256, StringComparison.Ordinal))
            {
                return bytes;
            }
        }

        return null;
    }
}
