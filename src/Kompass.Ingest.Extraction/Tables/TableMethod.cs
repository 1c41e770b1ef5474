namespace Kompass.Ingest.Extraction.Tables;

/// <summary>How a table's cells were found.</summary>
public enum TableMethod
{
    /// <summary>From the alignment of words and the whitespace between them (no ruling lines needed).</summary>
    Stream,

    /// <summary>From the ruling lines drawn on the page: each cell is a rectangle of lines.</summary>
    Lattice,
}
