namespace Kompass.Ingest.Cli.Worker;

/// <summary>What the worker compares to tell whether a file is still being written: its length and last-write time.</summary>
public readonly record struct FileState(bool Exists, long Length, DateTime LastWriteUtc)
{
    /// <summary>The file's state now; a file that is gone or cannot be looked at is <c>Exists = false</c>.</summary>
    public static FileState Of(string path)
    {
        try
        {
            var file = new FileInfo(path);
            return file.Exists ? new FileState(true, file.Length, file.LastWriteTimeUtc) : default;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return default;
        }
    }
}
