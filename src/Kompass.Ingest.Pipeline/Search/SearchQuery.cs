namespace Kompass.Ingest.Pipeline.Search;

/// <summary>What an analyst searches for: words (every one must match), and optional filters.</summary>
public sealed record SearchQuery(string Text)
{
    /// <summary>Only this area (1-8).</summary>
    public int? Area { get; init; }

    /// <summary>The first year (inclusive).</summary>
    public int? FromYear { get; init; }

    /// <summary>The last year (inclusive).</summary>
    public int? ToYear { get; init; }

    /// <summary>Only this municipality's documents (official code).</summary>
    public string? MunicipalityCode { get; init; }

    /// <summary>Only findings of this theme (an area's subheading, exactly as the catalog names it); with no words, every finding of the theme.</summary>
    public string? Theme { get; init; }

    /// <summary>Only strengths or only improvements (<c>strength</c>, <c>improvement</c>); null for both.</summary>
    public string? Kind { get; init; }
}
