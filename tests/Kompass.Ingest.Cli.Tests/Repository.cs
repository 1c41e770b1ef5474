namespace Kompass.Ingest.Cli.Tests;

/// <summary>The repository the tests run in: the folder that holds Kompass.Ingest.sln.</summary>
internal static class Repository
{
    public static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Kompass.Ingest.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Kompass.Ingest.sln not found above " + AppContext.BaseDirectory);
    }
}
