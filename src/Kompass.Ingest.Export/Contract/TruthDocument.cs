namespace Kompass.Ingest.Export.Contract;

/// <summary>
/// A corpus truth file: the contract's document object as it should be exported, plus the layout
/// family it belongs to (for per-family figures) and the flags the contract's rules expect.
/// </summary>
public sealed record TruthDocument : ExportDocument
{
    /// <summary>The layout family, e.g. "analysis-2014"; eval reports figures per family.</summary>
    public required string Family { get; init; }

    /// <summary>The flags the contract's rules raise on the printed values.</summary>
    public IReadOnlyList<ExpectedFlag> ExpectedFlags { get; init; } = [];
}
