namespace Kompass.Ingest.Extraction.Furniture;

/// <summary>Where on the page a furniture line stands.</summary>
public enum FurnitureBand
{
    /// <summary>Among the top rows: a running header.</summary>
    Top,

    /// <summary>Among the bottom rows: a running footer.</summary>
    Bottom,
}
