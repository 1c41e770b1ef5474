using System.ComponentModel.DataAnnotations;

namespace Kompass.Ingest.Extraction.Titles;

/// <summary>Tolerances of <see cref="TitleExtractor"/>. Plain data.</summary>
public sealed class TitleExtractorOptions
{
    /// <summary>Lines within this many points of the largest size count as the same size. Default 0.5 pt.</summary>
    [Range(0, 10)]
    public double SizeTolerance { get; init; } = 0.5;

    /// <summary>
    /// The white space between two title lines may be at most this many ems of the title size;
    /// a title set with 1.2 line spacing leaves about 0.5 em. Default 1.0 em.
    /// </summary>
    [Range(0, 10)]
    public double MaxLineGapEm { get; init; } = 1.0;

    /// <summary>A title runs over at most this many rows; more is body text set in the same size. Default 4.</summary>
    [Range(1, 20)]
    public int MaxLines { get; init; } = 4;
}
