namespace Kompass.Ingest.Export.Contract;

/// <summary>One area of a document in the export contract.</summary>
public sealed record ExportArea
{
    public required int Number { get; init; }
    public string? Name { get; init; }
    public decimal? Score { get; init; }
    public decimal? NationalMean { get; init; }
    public int? Page { get; init; }
    public IReadOnlyList<string> Subheadings { get; init; } = [];
    public IReadOnlyList<string> Strengths { get; init; } = [];
    public IReadOnlyList<string> Improvements { get; init; } = [];
    public IReadOnlyList<ExportQuestion> Questions { get; init; } = [];
}
