namespace Kompass.Ingest.TestKit;

/// <summary>The repository's bundled sample archive, for tests that read real reports.</summary>
public static class SampleArchive
{
    /// <summary>The full path of <c>corpus/archive</c>, found above the test's output folder.</summary>
    public static string Folder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "corpus", "archive");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("corpus/archive not found above the test's output folder");
    }
}
