namespace Kompass.Ingest.Export.Contract;

/// <summary>
/// One document of the export contract, field for field as <c>shared/spec/export-v1.md</c> names
/// it. Also the body of a corpus truth file (see <see cref="TruthDocument"/>).
/// </summary>
public record ExportDocument
{
    public required string Sha256 { get; init; }
    public required string Path { get; init; }
    public required string DocumentType { get; init; }
    public string? Error { get; init; }
    public string? Title { get; init; }
    public string? FrameworkVersion { get; init; }
    public ExportMunicipality? Municipality { get; init; }
    public int? Year { get; init; }
    public int? Month { get; init; }
    public string? ReportDate { get; init; }
    public IReadOnlyList<string> Evaluators { get; init; } = [];
    public int? EvaluationRound { get; init; }
    public bool Ocr { get; init; }
    public decimal? Total { get; init; }
    public decimal? NationalMeanTotal { get; init; }
    public IReadOnlyList<ExportArea> Areas { get; init; } = [];
    public IReadOnlyList<ExportFlag> Flags { get; init; } = [];
}
