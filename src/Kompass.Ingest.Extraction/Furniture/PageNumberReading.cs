namespace Kompass.Ingest.Extraction.Furniture;

/// <summary>A page number read from a line: the number, the total when printed, where it stands in the text.</summary>
public sealed record PageNumberReading(int Number, int? Total, PageNumberStyle Style, int Start, int Length, bool IsWholeLine);
