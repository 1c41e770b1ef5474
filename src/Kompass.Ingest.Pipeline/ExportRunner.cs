using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Export;
using Kompass.Ingest.Export.Contract;
using Kompass.Ingest.Export.Corrections;
using Kompass.Ingest.Pipeline.Review;
using Kompass.Ingest.Storage;

namespace Kompass.Ingest.Pipeline;

/// <summary>
/// Exports the store as the <c>kompass-export/1</c> contract: every stored document (ingested or
/// refused) with its current extraction, in the store's order (first path, then hash); with the
/// reviewers' corrections applied (effective values, the contract's default) unless
/// <paramref name="values"/> asks for the values as extracted. With effective values and a
/// <paramref name="flagReview"/>, each flag carries its review status (resolved by a correction,
/// dismissed by a reviewer); the raw export lists the flags as raised on the extraction, all open.
/// </summary>
public sealed class ExportRunner(
    IDocumentReader store, ExportDocumentMapper mapper, ExportWriter writer, ExportValues values = ExportValues.Effective, FlagReview? flagReview = null)
{
    private readonly IDocumentReader _store = Guard.NotNull(store);
    private readonly ExportDocumentMapper _mapper = Guard.NotNull(mapper);
    private readonly ExportWriter _writer = Guard.NotNull(writer);

    // Stateless, and built from the same contract documents as the JSON: nothing to inject.
    private static readonly CsvExportWriter Csv = new();
    private static readonly ParquetExportWriter Parquet = new();

    /// <summary>The contract documents for everything the store holds.</summary>
    public IReadOnlyList<ExportDocument> Documents(CancellationToken cancellationToken)
    {
        var documents = new List<ExportDocument>();
        foreach (var stored in _store.Documents())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var extraction = _store.Extraction(stored.Sha256, stored.ExtractorVersion);
            Guard.That(extraction is not null, $"document {stored.Sha256} has no extraction for {stored.ExtractorVersion}: both are saved in one transaction");
            if (values == ExportValues.Raw)
            {
                documents.Add(_mapper.Map(new ExportSource(stored.Sha256, stored.FirstPath, extraction!) { Flags = _store.Flags(stored.Sha256) }));
                continue;
            }

            var corrections = _store.Corrections(stored.Sha256);
            var flags = flagReview is null
                ? _store.Flags(stored.Sha256)
                : flagReview.Of(stored.Sha256, () => extraction!, _store.Flags(stored.Sha256), corrections, _store.FlagDecisions(stored.Sha256)).Select(f => f.Flag).ToList();
            var document = _mapper.Map(new ExportSource(stored.Sha256, stored.FirstPath, extraction!) { Flags = flags });
            documents.Add(CorrectionApplier.Apply(document, corrections).Document);
        }

        return documents;
    }

    /// <summary>Writes the export to <paramref name="output"/>; returns the number of documents.</summary>
    public int Write(Stream output, CancellationToken cancellationToken)
    {
        var documents = Documents(cancellationToken);
        _writer.Write(output, documents);
        return documents.Count;
    }

    /// <summary>Writes the JSON export to a file, replacing it whole; returns the number of documents.</summary>
    public int WriteFile(string path, CancellationToken cancellationToken)
        => WriteFile(path, ExportFormat.Json, cancellationToken);

    /// <summary>Writes the export in <paramref name="format"/> to a file, replacing it whole; returns the number of documents.</summary>
    public int WriteFile(string path, ExportFormat format, CancellationToken cancellationToken)
    {
        var documents = Documents(cancellationToken);
        if (format == ExportFormat.Csv)
        {
            AtomicFile.Write(path, stream => Csv.Write(stream, documents));
        }
        else if (format == ExportFormat.Parquet)
        {
            AtomicFile.Write(path, stream => Parquet.Write(stream, documents));
        }
        else
        {
            _writer.WriteFile(path, documents);
        }

        return documents.Count;
    }
}
