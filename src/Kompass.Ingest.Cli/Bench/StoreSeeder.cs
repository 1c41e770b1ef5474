using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Pipeline;
using Kompass.Ingest.Pipeline.Search;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Cli.Bench;

/// <summary>
/// Stores the synthetic documents a sampled first ingest did not reach, without extracting them
/// again: each gets its own SHA-256 and path and its source's extraction, written through
/// <see cref="IDocumentWriter.Save"/> (one transaction per document; ingest saves the same rows a
/// batch per transaction, <see cref="IDocumentWriter.SaveAll"/>).
/// A copy extracts exactly like its source (the extraction holds no hash), so the store ends up
/// as a full first ingest would have left it; only the time to get there is not measured.
/// </summary>
public sealed class StoreSeeder(Fingerprinter fingerprinter, TimeProvider time)
{
    private readonly Fingerprinter _fingerprinter = Guard.NotNull(fingerprinter);
    private readonly TimeProvider _time = Guard.NotNull(time);

    /// <summary>Saves every entry the store does not hold; returns how many were saved.</summary>
    public int Seed(
        IDocumentStore store,
        string root,
        IReadOnlyList<SyntheticArchiveBuilder.Entry> entries,
        int runId,
        string extractorVersion,
        CancellationToken cancellationToken)
    {
        Guard.NotNull(store);
        Guard.NotNull(entries);
        var saved = 0;
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sha256 = _fingerprinter.ComputeFile(Path.Combine(root, entry.RelativePath), cancellationToken);
            if (store.Find(sha256) is not null)
            {
                continue;
            }

            var extraction = entry.Source.Extraction;
            store.Save(new DocumentWrite(
                sha256, entry.RelativePath, runId, extraction.Extraction, extraction.PageCount, extractorVersion, IngestRunner.PipelineVersion, _time.GetUtcNow())
            {
                Findings = FindingRows.From(sha256, extraction.Extraction),
            });
            saved++;
        }

        return saved;
    }
}
