using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Learning.Data;

/// <summary>
/// One stored document as the document-type model learns from it: its effective type (reviewer
/// corrections applied), the text of its first pages and simple layout figures.
/// </summary>
public sealed record DocumentSample
{
    /// <summary>The document (lowercase hex SHA-256).</summary>
    public required string Sha256 { get; init; }

    /// <summary>The path the store names first, for reports.</summary>
    public required string Path { get; init; }

    /// <summary>The group the document is held out with (<see cref="DocumentGroups"/>).</summary>
    public required string Group { get; init; }

    /// <summary>The toolchain that wrote the PDF (<see cref="Toolchains"/>).</summary>
    public required string Toolchain { get; init; }

    /// <summary>The effective type: the label.</summary>
    public required DocumentType Type { get; init; }

    /// <summary>The text of the first pages.</summary>
    public required string LeadText { get; init; }

    /// <summary>The number of pages.</summary>
    public required int PageCount { get; init; }
}
