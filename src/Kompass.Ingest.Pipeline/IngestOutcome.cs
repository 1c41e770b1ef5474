namespace Kompass.Ingest.Pipeline;

/// <summary>What ingest did with one document.</summary>
public enum IngestOutcome
{
    /// <summary>Stored for the first time.</summary>
    Added,

    /// <summary>Known, but extracted again because the extractor version changed.</summary>
    Reextracted,

    /// <summary>Its content is stored already, at this path too.</summary>
    AlreadyKnown,

    /// <summary>Its content is stored already; this path was added to it.</summary>
    KnownAtNewPath,

    /// <summary>It could not be read; the reason is in the progress detail and the summary.</summary>
    Refused,
}
