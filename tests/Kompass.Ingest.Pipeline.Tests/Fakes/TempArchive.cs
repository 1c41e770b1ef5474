using System.Text;

namespace Kompass.Ingest.Pipeline.Tests.Fakes;

/// <summary>A folder tree under the temp folder, removed on dispose.</summary>
internal sealed class TempArchive : IDisposable
{
    public TempArchive() => Root = Directory.CreateTempSubdirectory("kompass-archive-").FullName;

    public string Root { get; }

    public string Write(string relativePath, string content) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(content));

    public string WriteBytes(string relativePath, byte[] content)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return full;
    }

    public void Dispose() => RawFileName.DeleteTree(Root);
}
