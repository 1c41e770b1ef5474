namespace Kompass.Ingest.Extraction.Furniture;

/// <summary>
/// The page numbering a document follows: its style, the printed number minus the physical page
/// number (<see cref="Offset"/>: 0 when the cover is page 1, -1 when the cover is unnumbered and
/// the next page prints 1), and the printed total when the style carries one.
/// </summary>
public sealed record PageNumberPattern(PageNumberStyle Style, FurnitureBand Band, int Offset, int? Total, int Pages);
