using Kompass.Ingest.Extraction.Lines;

namespace Kompass.Ingest.Extraction.Furniture;

/// <summary>One line recognised as page furniture, with its band and kind.</summary>
public sealed record FurnitureLine(TextLine Line, FurnitureBand Band, FurnitureKind Kind);
