using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Domain.Reports;
using Kompass.Ingest.Pipeline;

namespace Kompass.Ingest.Cli.Bench;

/// <summary>
/// Finds the born-digital PDFs of a source folder that ingest can read: each distinct file (by
/// SHA-256) is read and extracted once with the ingest's own stage, and those it calls unreadable
/// (empty, damaged, password-protected, not a PDF) are left out, so that every synthetic copy is
/// a document ingest really stores. Scans are left out too: ingest reads them by OCR, which costs
/// seconds a page (measured by <c>kompass eval</c> on scanned sets), while bare PdfPig finds no
/// words in them at all, so a copy of a scan would weigh OCR against nothing in the throughput
/// ratio, and make the figure depend on how many scans the source folder happens to hold.
/// </summary>
public sealed class BenchSourceReader(ArchiveScanner scanner, Fingerprinter fingerprinter, ExtractionStage extraction)
{
    private readonly ArchiveScanner _scanner = Guard.NotNull(scanner);
    private readonly Fingerprinter _fingerprinter = Guard.NotNull(fingerprinter);
    private readonly ExtractionStage _extraction = Guard.NotNull(extraction);

    /// <summary>The readable born-digital sources in ordinal path order, how many PDFs were left out, and how many of those were scans.</summary>
    public (IReadOnlyList<BenchSource> Readable, int LeftOut, int Scans) Read(string folder, CancellationToken cancellationToken)
    {
        var scan = _scanner.Scan(folder, cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var readable = new List<BenchSource>();
        var scans = 0;
        foreach (var file in scan.Documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var bytes = File.ReadAllBytes(file.FullPath);
            if (!seen.Add(_fingerprinter.Compute(bytes)))
            {
                continue;
            }

            var result = _extraction.Extract(bytes, file.FileName, cancellationToken);
            if (result.Extraction.Ocr)
            {
                scans++;
            }
            else if (result.Extraction.Type != DocumentType.Unreadable)
            {
                readable.Add(new BenchSource(file.RelativePath, bytes, result));
            }
        }

        return (readable, scan.Documents.Count - readable.Count, scans);
    }
}
