using Kompass.Ingest.Domain.Reports;

namespace Kompass.Ingest.Learning.Data;

/// <summary>
/// One strength or improvement as the placement and theme models learn from it: the area it was
/// read under (reviewer corrections applied) and, where the catalog's subheadings say so, its theme.
/// </summary>
public sealed record FindingSample
{
    /// <summary>The document (lowercase hex SHA-256).</summary>
    public required string Sha256 { get; init; }

    /// <summary>The group the document is held out with (<see cref="DocumentGroups"/>).</summary>
    public required string Group { get; init; }

    /// <summary>The toolchain that wrote the PDF (<see cref="Toolchains"/>).</summary>
    public required string Toolchain { get; init; }

    /// <summary>The framework revision of the document: area numbers mean different things in each.</summary>
    public required FrameworkRevision Revision { get; init; }

    /// <summary>The area (1–8) the item is printed under: the placement label.</summary>
    public required int Area { get; init; }

    /// <summary>True for a strength (STYRKOR), false for an improvement.</summary>
    public required bool IsStrength { get; init; }

    /// <summary>The item's text.</summary>
    public required string Text { get; init; }

    /// <summary>The catalog subheading the item's words name (<see cref="ThemeLabeler"/>), or null when none does.</summary>
    public string? Theme { get; init; }
}
