namespace Kompass.Ingest.Extraction.Questions;

/// <summary>What a line of a question-table zone is, for grouping lines into rows.</summary>
internal enum ZoneLineKind
{
    /// <summary>Opens with a question id, flush with the text side.</summary>
    Anchor,

    /// <summary>Question text, possibly with numbers beside it.</summary>
    Text,

    /// <summary>Numbers only.</summary>
    Numbers,

    /// <summary>A total label ("Summa") with numbers: a row of its own.</summary>
    Total,

    /// <summary>Column labels or a bold area heading: a row of its own that separates tables.</summary>
    Heading,
}
