namespace Kompass.Ingest.Export.Contract;

/// <summary>One question row of an area's table in the export contract.</summary>
public sealed record ExportQuestion
{
    public required string Id { get; init; }
    public required string Text { get; init; }
    public decimal? Score { get; init; }
    public decimal? Max { get; init; }
    public decimal? Percent { get; init; }
    public int? Page { get; init; }
}
