namespace Kompass.Ingest.Pipeline;

/// <summary>A file found in the archive: its path relative to the archive root (forward slashes) and its full path.</summary>
public sealed record ArchiveFile(string RelativePath, string FullPath)
{
    /// <summary>The file name without folders, a last-resort hint for the extractor.</summary>
    public string FileName => Path.GetFileName(FullPath);
}
