using Kompass.Ingest.Corpus.Content.Lexicon;

namespace Kompass.Ingest.Corpus.Content;

/// <summary>What one area's section says: names, Rubriker, ALLMÄNT, STYRKOR and FÖRBÄTTRINGSOMRÅDEN.</summary>
public sealed record AreaTexts
{
    /// <summary>The area number.</summary>
    public required int Number { get; init; }

    /// <summary>The topic the area is about.</summary>
    public required Topic Topic { get; init; }

    /// <summary>The names printed for it.</summary>
    public required AreaNames Names { get; init; }

    /// <summary>The Rubriker.</summary>
    public IReadOnlyList<string> Subheadings { get; init; } = [];

    /// <summary>The ALLMÄNT paragraphs.</summary>
    public IReadOnlyList<string> General { get; init; } = [];

    /// <summary>The STYRKOR items.</summary>
    public IReadOnlyList<string> Strengths { get; init; } = [];

    /// <summary>The FÖRBÄTTRINGSOMRÅDEN items.</summary>
    public IReadOnlyList<string> Improvements { get; init; } = [];

    /// <summary>Items moved here from another area on purpose.</summary>
    public IReadOnlyList<string> ForeignFindings { get; init; } = [];
}
