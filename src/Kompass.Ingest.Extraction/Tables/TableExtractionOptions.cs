namespace Kompass.Ingest.Extraction.Tables;

/// <summary>All tolerances of table extraction, one group per stage.</summary>
public sealed record TableExtractionOptions
{
    /// <summary>Tolerances of the whitespace (stream) detector.</summary>
    public StreamTableOptions Stream { get; init; } = new();

    /// <summary>Tolerances of the ruling-line (lattice) detector.</summary>
    public LatticeTableOptions Lattice { get; init; } = new();

    /// <summary>When a table continues on the next page.</summary>
    public TableContinuationOptions Continuation { get; init; } = new();
}
