using Kompass.Ingest.Export.Contract;

namespace Kompass.Ingest.Evaluation;

/// <summary>How one truth document fared against the document exported for it.</summary>
public sealed record DocumentEvaluation
{
    /// <summary>The truth's path relative to the archive.</summary>
    public required string Path { get; init; }

    /// <summary>The truth's layout family.</summary>
    public required string Family { get; init; }

    /// <summary>The path of the exported document it was compared with; null when none was exported.</summary>
    public string? ExportedPath { get; init; }

    /// <summary>True when no exported document matched the truth (by SHA-256, then by path).</summary>
    public bool Missing => ExportedPath is null;

    /// <summary>This document's counts.</summary>
    public required EvaluationCounts Counts { get; init; }

    /// <summary>One line per difference found, in field order, for <c>--verbose</c>.</summary>
    public IReadOnlyList<string> Differences { get; init; } = [];

    /// <summary>Exported warning/error flags the truth does not expect.</summary>
    public IReadOnlyList<ExportFlag> FalseFlags { get; init; } = [];
}
