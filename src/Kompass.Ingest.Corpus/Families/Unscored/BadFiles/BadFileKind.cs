namespace Kompass.Ingest.Corpus.Families.Unscored.BadFiles;

/// <summary>The files of the "bad" family, in the order the family writes them.</summary>
public enum BadFileKind
{
    /// <summary>Zero bytes with a report's name.</summary>
    Empty,

    /// <summary>A saved web page renamed to .pdf.</summary>
    HtmlNamedPdf,

    /// <summary>A report cut off inside its first page object: nothing recoverable.</summary>
    Truncated,

    /// <summary>Encrypted with a user password.</summary>
    Encrypted,

    /// <summary>Valid PDF whose pages are all blank.</summary>
    BlankPages,

    /// <summary>One scanned page image, no text layer: OCR reads it as a related document.</summary>
    ImageOnly,

    /// <summary>A PM memo whose cross-reference offsets are wrong; a lenient reader recovers it.</summary>
    BrokenCrossReference,

    /// <summary>A valid 300-page annual report.</summary>
    VeryLong,
}
