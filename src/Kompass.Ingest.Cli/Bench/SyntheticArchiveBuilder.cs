using System.Globalization;
using System.Text;
using Kompass.Ingest.Domain.Guards;

namespace Kompass.Ingest.Cli.Bench;

/// <summary>
/// Writes an archive of N distinct PDFs from a few sources: copy <c>i</c> is source <c>i mod S</c>
/// with one PDF comment line appended after its <c>%%EOF</c> (<c>% kompass-bench i</c>). A PDF
/// reader ignores the line, so the copy reads and extracts exactly like its source, but its
/// SHA-256 is its own. Copies go to <c>copy-NNNN/&lt;the source's relative path&gt;</c>, one
/// folder per round through the sources, so the file names (which the extractor may read) stay
/// the sources' own and the archive has many folders, as a real one does.
/// </summary>
public sealed class SyntheticArchiveBuilder
{
    /// <summary>One written file: its path relative to the archive and the source it copies.</summary>
    public sealed record Entry(string RelativePath, BenchSource Source);

    /// <summary>Writes <paramref name="count"/> files under <paramref name="root"/>; returns them and the bytes written.</summary>
    public (IReadOnlyList<Entry> Entries, long Bytes) Build(IReadOnlyList<BenchSource> sources, int count, string root, CancellationToken cancellationToken)
    {
        Guard.NotNull(sources);
        Guard.NotNull(root);
        Guard.That(sources.Count > 0, "a synthetic archive needs at least one source");
        var entries = new List<Entry>(count);
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var source = sources[i % sources.Count];
            var relative = string.Create(CultureInfo.InvariantCulture, $"copy-{i / sources.Count:D4}/{source.RelativePath}");
            var path = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var tail = Tail(source.Bytes, i);
            using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1))
            {
                stream.Write(source.Bytes);
                stream.Write(tail);
            }

            bytes += source.Bytes.Length + tail.Length;
            entries.Add(new Entry(relative, source));
        }

        return (entries, bytes);
    }

    /// <summary>The comment line that makes copy <paramref name="index"/> of <paramref name="source"/> distinct (a newline first when the file does not end in one).</summary>
    internal static byte[] Tail(byte[] source, int index)
    {
        var newline = source.Length > 0 && source[^1] is (byte)'\n' or (byte)'\r' ? string.Empty : "\n";
        return Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{newline}% kompass-bench {index}\n"));
    }
}
