namespace Kompass.Ingest.Corpus.Rendering;

/// <summary>A page size in points.</summary>
public sealed record PageSize(double Width, double Height)
{
    /// <summary>A4 upright: 595.28 × 841.89 pt.</summary>
    public static PageSize A4Portrait { get; } = new(595.28, 841.89);

    /// <summary>A4 on its side, for slide-like pages.</summary>
    public static PageSize A4Landscape { get; } = new(841.89, 595.28);
}
