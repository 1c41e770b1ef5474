using System.Security.Cryptography;
using System.Text;

namespace Kompass.Ingest.Ocr;

/// <summary>
/// Recognitions kept on disk, one file per page image: <c>FOLDER/ab/abcdef….tsv</c>, named by the
/// SHA-256 of the rendered PNG together with the engine's signature, so that the same page read
/// again (a re-extraction, another copy of the scan) is not recognised again, and a new engine
/// version or setting is. A folder rather than a collection in the store: the parallel workers
/// recognise pages without ever opening the store (only the writer holds it, briefly), and a file
/// written to a temporary name and then renamed is whole or absent, without a lock. Thread-safe;
/// a cache that cannot be read or written is skipped, never a failure.
/// </summary>
public sealed class OcrResultCache(string? folder)
{
    /// <summary>The cache key of an image under an engine signature (lowercase hex).</summary>
    public static string Key(byte[] png, string signature)
    {
        ArgumentNullException.ThrowIfNull(png);
        ArgumentNullException.ThrowIfNull(signature);
        var image = SHA256.HashData(png);
        var engine = SHA256.HashData(Encoding.UTF8.GetBytes(signature));
        return Convert.ToHexStringLower(image) + "-" + Convert.ToHexStringLower(engine)[..12];
    }

    /// <summary>The cached TSV of <paramref name="key"/>, or null.</summary>
    public string? Find(string key)
    {
        if (folder is null)
        {
            return null;
        }

        try
        {
            var path = PathOf(key);
            return File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Keeps <paramref name="tsv"/> under <paramref name="key"/>; does nothing without a folder or when it cannot write.</summary>
    public void Keep(string key, string tsv)
    {
        if (folder is null)
        {
            return;
        }

        try
        {
            var path = PathOf(key);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temporary, tsv, Encoding.UTF8);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written costs time on the next read, nothing else.
        }
    }

    private string PathOf(string key) => Path.Combine(folder!, key[..2], key + ".tsv");
}
