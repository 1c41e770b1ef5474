namespace Kompass.Ingest.Export;

/// <summary>The file formats of <c>kompass export</c>.</summary>
public enum ExportFormat
{
    /// <summary>The public contract <c>kompass-export/1</c> (<see cref="ExportWriter"/>).</summary>
    Json,

    /// <summary>Long-format CSV for spreadsheets (<see cref="CsvExportWriter"/>).</summary>
    Csv,

    /// <summary>The same long format as Apache Parquet, for notebooks and DuckDB (<see cref="ParquetExportWriter"/>).</summary>
    Parquet,
}
