namespace Kompass.Ingest.Storage;

/// <summary>
/// One strength or improvement of a document as extracted, with the search terms of its text
/// (lower-cased Swedish stems, computed by the caller) and what analysts filter it by. The
/// <c>findings</c> collection holds one row per item, indexed on its terms (multikey), so a search
/// over thousands of reports reads only the rows that match.
/// </summary>
public sealed record FindingRow
{
    /// <summary>The document (lowercase hex SHA-256).</summary>
    public required string Sha256 { get; init; }

    /// <summary>The area the item is printed under (1-8).</summary>
    public required int Area { get; init; }

    /// <summary><see cref="StrengthKind"/> or <see cref="ImprovementKind"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The item's number in its list (from 1), as the field path counts it.</summary>
    public required int Item { get; init; }

    /// <summary>The item's text.</summary>
    public required string Text { get; init; }

    /// <summary>The page it is printed on, or null.</summary>
    public int? Page { get; init; }

    /// <summary>The document's municipality code, or null.</summary>
    public string? MunicipalityCode { get; init; }

    /// <summary>The document's evaluation year, or null.</summary>
    public int? Year { get; init; }

    /// <summary>The theme: the subheading ("Rubrik") of its area the item is about, as the theme model read it; null when none was clear or no model ran.</summary>
    public string? Theme { get; init; }

    /// <summary>The search terms of <see cref="Text"/>, distinct.</summary>
    public required IReadOnlyList<string> Terms { get; init; }

    /// <summary>The kind of a strength (STYRKOR).</summary>
    public const string StrengthKind = "strength";

    /// <summary>The kind of an area for improvement (FÖRBÄTTRINGSOMRÅDEN).</summary>
    public const string ImprovementKind = "improvement";
}
