namespace Kompass.Ingest.Corpus.Families.Unscored;

/// <summary>Which quarter of the official list a family draws its municipalities from.</summary>
public enum PoolShare
{
    /// <summary>PM memos.</summary>
    Memos = 0,

    /// <summary>Related documents.</summary>
    Related = 1,

    /// <summary>The bad files whose content is still a document (recoverable, long).</summary>
    BadFiles = 2,

    /// <summary>Non-documents (no truth, so no collisions); the second toolchain (corpus/sources) also names its municipalities from here.</summary>
    External = 3,
}
