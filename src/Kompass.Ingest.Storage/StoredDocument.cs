using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Storage;

/// <summary>
/// One distinct source file as the store knows it, identified by the SHA-256 of its bytes.
/// <see cref="Paths"/> lists every path it was found at (relative to the ingested folder, forward
/// slashes) in the order first seen, those one run found in the archive's order (the runner sees
/// to that); the first is the one the export names.
/// </summary>
public sealed record StoredDocument
{
    /// <summary>Lowercase hex SHA-256 of the file's bytes.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Every path seen, first seen first; never empty.</summary>
    public required IReadOnlyList<string> Paths { get; init; }

    /// <summary>The run that first stored the document.</summary>
    public required int FirstSeenRun { get; init; }

    /// <summary>The last run that found the document in the archive.</summary>
    public required int LastSeenRun { get; init; }

    /// <summary>The document type of the current extraction.</summary>
    public required DocumentType Type { get; init; }

    /// <summary>For an unreadable document, the one-line reason; else null.</summary>
    public string? Error { get; init; }

    /// <summary>The <see cref="IReportExtractor.Version"/> of the current extraction.</summary>
    public required string ExtractorVersion { get; init; }

    /// <summary>The version of the ingest pipeline that stored the current extraction.</summary>
    public required string PipelineVersion { get; init; }

    /// <summary>Pages read; 0 when the file could not be read.</summary>
    public int PageCount { get; init; }

    /// <summary>The SCB code of the municipality or region, when the extraction named one (indexed).</summary>
    public string? MunicipalityCode { get; init; }

    /// <summary>The evaluation year, when extracted (indexed).</summary>
    public int? Year { get; init; }

    /// <summary>The framework revision ("2002", "2010", "2020"), when extracted (indexed).</summary>
    public string? Framework { get; init; }

    /// <summary>When the current extraction was stored (UTC).</summary>
    public required DateTimeOffset StoredAt { get; init; }

    /// <summary>The path the export names: the first one seen.</summary>
    public string FirstPath => Paths[0];
}
