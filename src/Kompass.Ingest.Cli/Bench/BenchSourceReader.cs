using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Pipeline;

namespace Kompass.Ingest.Cli.Bench;

/// <summary>
/// Finds the PDFs of a source folder that ingest can read: each distinct file (by SHA-256) is
/// read and extracted once with the ingest's own stage, and those it calls unreadable (empty,
/// damaged, scanned, password-protected, not a PDF) are left out, so that every synthetic copy is
/// a document ingest really stores.
/// </summary>
public sealed class BenchSourceReader(ArchiveScanner scanner, Fingerprinter fingerprinter, ExtractionStage extraction)
{
    private readonly ArchiveScanner _scanner = Guard.NotNull(scanner);
    private readonly Fingerprinter _fingerprinter = Guard.NotNull(fingerprinter);
    private readonly ExtractionStage _extraction = Guard.NotNull(extraction);

    /// <summary>The readable sources in ordinal path order, and how many PDFs were left out.</summary>
    public (IReadOnlyList<BenchSource> Readable, int LeftOut) Read(string folder, CancellationToken cancellationToken)
    {
        var scan = _scanner.Scan(folder, cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var readable = new List<BenchSource>();
        foreach (var file in scan.Documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var bytes = File.ReadAllBytes(file.FullPath);
            if (!seen.Add(_fingerprinter.Compute(bytes)))
            {
                continue;
            }

            var result = _extraction.Extract(bytes, file.FileName, cancellationToken);
            if (result.Extraction.Type != DocumentType.Unreadable)
            {
                readable.Add(new BenchSource(file.RelativePath, bytes, result));
            }
        }

        return (readable, scan.Documents.Count - readable.Count);
    }
}
