using System.ComponentModel.DataAnnotations;

namespace Kompass.Ingest.Extraction.Furniture;

/// <summary>Tolerances of <see cref="PageFurnitureDetector"/>. Plain data.</summary>
public sealed class FurnitureOptions
{
    /// <summary>
    /// How many rows (baseline bands) from the top and from the bottom of a page may hold
    /// furniture. Real headers run to two rows (a date and page line, an organisation line
    /// below it). Default 3.
    /// </summary>
    [Range(1, 10)]
    public int BandRows { get; init; } = 3;

    /// <summary>
    /// A line is furniture when its text (digits masked) recurs at about the same distance from
    /// the page edge on at least this share of the pages with text: "most but not all", since the
    /// cover and full-page charts usually lack the header, and some documents alternate two
    /// headers on odd and even pages. Default 0.4.
    /// </summary>
    [Range(0.05, 1)]
    public double MinPageShare { get; init; } = 0.4;

    /// <summary>And on at least this many pages: one page proves no repetition. Default 2.</summary>
    [Range(2, 100)]
    public int MinPages { get; init; } = 2;

    /// <summary>
    /// Two occurrences stand at "the same place" when their distances from the page edge differ
    /// by at most this many ems of the line's font size. Default 1.5 em.
    /// </summary>
    [Range(0, 20)]
    public double PositionToleranceEm { get; init; } = 1.5;

    /// <summary>
    /// Running text is set no larger than the body text plus this many points; a repeated
    /// heading in a larger font ("STYRKOR" opening two pages) is content. Default 1.0 pt.
    /// </summary>
    [Range(0, 50)]
    public double MaxSizeAboveBodyPt { get; init; } = 1.0;

    /// <summary>
    /// Running text is set apart from the body by at least this many times the white space the
    /// document usually leaves between two lines (the median over all its rows); a repeated
    /// first line of a section follows its neighbours at the usual spacing. Default 1.5.
    /// </summary>
    [Range(0, 20)]
    public double MinSeparationLines { get; init; } = 1.5;
}
