using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Cli.Bench;

/// <summary>
/// Finds the sample archive bundled with the repository (<c>corpus/archive</c>) for <c>kompass
/// bench</c> without <c>--source</c>: in the current folder or a folder above it, else above the
/// program's own folder (the built program lives inside the repository).
/// </summary>
public static class SampleArchiveLocator
{
    private static readonly string Relative = Path.Combine("corpus", "archive");

    /// <summary>The sample archive's path; <see cref="UserActionableException"/> when neither place has one.</summary>
    public static string Find(string currentDirectory, string programDirectory)
        => Above(currentDirectory) ?? Above(programDirectory)
            ?? throw new UserActionableException("no sample archive (corpus/archive) found above the current folder; give --source DIR with some PDFs");

    private static string? Above(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, Relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
