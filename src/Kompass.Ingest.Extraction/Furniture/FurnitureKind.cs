namespace Kompass.Ingest.Extraction.Furniture;

/// <summary>What a furniture line is.</summary>
public enum FurnitureKind
{
    /// <summary>Text repeated on most pages: an organisation, a date, a running title (it may carry the page number too).</summary>
    RunningText,

    /// <summary>A line that is only a page number ("14 (16)", "Sida 3 av 12", "3/27", "7").</summary>
    PageNumber,
}
