namespace Kompass.Ingest.Evaluation;

/// <summary>The one text normalisation of the scorer: runs of white space become one space, ends trimmed.</summary>
public static class Whitespace
{
    /// <summary>Collapses white space; null stays null so that "absent" and "empty" stay different.</summary>
    public static string? Collapse(string? text)
        => text is null ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
