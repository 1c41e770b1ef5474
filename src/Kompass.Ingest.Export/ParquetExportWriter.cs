using Kompass.Ingest.Domain.Guards;
using Kompass.Ingest.Export.Contract;
using Parquet.Serialization;

namespace Kompass.Ingest.Export;

/// <summary>
/// Writes the export in long format as Apache Parquet (Parquet.Net), for notebooks and DuckDB
/// (<c>SELECT * FROM 'scores.parquet'</c>): the same rows and columns as the CSV
/// (<see cref="CsvExportWriter.Rows"/>), typed: years, areas and pages as integers, values as
/// decimals, empty cells as nulls.
/// </summary>
public sealed class ParquetExportWriter
{
    /// <summary>Writes one row per number of <paramref name="documents"/>.</summary>
    public void Write(Stream output, IEnumerable<ExportDocument> documents)
    {
        Guard.NotNull(output);
        var rows = Guard.NotNull(documents).SelectMany(CsvExportWriter.Rows).ToList();

        // Parquet.Net writes asynchronously; the export is a batch job with nothing else to do meanwhile.
        ParquetSerializer.SerializeAsync(rows, output).GetAwaiter().GetResult();
    }
}
