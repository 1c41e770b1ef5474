namespace Kompass.Ingest.Cli.Tests;

/// <summary>
/// A temp folder with a small archive (two PDFs, one of them also at a second path, a zero-byte
/// .pdf and a .txt) and room for a store and an export. Removed on dispose.
/// </summary>
internal sealed class CliWorkspace : IDisposable
{
    public CliWorkspace()
    {
        Folder = Directory.CreateTempSubdirectory("kompass-cli-").FullName;
        Archive = Path.Combine(Folder, "archive");
        try
        {
            var policy = TinyPdfs.WithLines("Personalpolicy for Laholms kommun", "Antagen av kommunfullmaktige 2015");
            Write("policy.pdf", policy);
            Write("svar/kopia-policy.pdf", policy);
            Write("strategi/HR-strategi.PDF", TinyPdfs.WithLines("HR-strategi", "Dokumentansvarig Monica Hogberg"));
            Write("trasig/tom.pdf", []);
            Write("anteckningar.txt", "inte en pdf"u8.ToArray());
        }
        catch
        {
            // xunit does not dispose a test class whose constructor threw.
            Dispose();
            throw;
        }
    }

    public string Folder { get; }

    public string Archive { get; }

    public string Db => Path.Combine(Folder, "kompass.db");

    public string Export => Path.Combine(Folder, "export.json");

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private void Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(Archive, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }
}
