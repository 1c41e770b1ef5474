namespace Kompass.Ingest.Extraction.Furniture;

/// <summary>How a document prints its page numbers.</summary>
public enum PageNumberStyle
{
    /// <summary>"7".</summary>
    Bare,

    /// <summary>"14 (16)", "1(8)".</summary>
    NumberOfTotalInParentheses,

    /// <summary>"Sida 3 av 12".</summary>
    SidaAv,

    /// <summary>"3/27", "3 / 27".</summary>
    Slash,
}
