namespace Kompass.Ingest.Extraction.Tests.Questions;

/// <summary>One printed question row: id, wrapped text lines and the three printed numbers (percent null when not printed).</summary>
internal sealed record QuestionSpec(string Id, string[] Lines, string Score, string Max, string? Percent)
{
    /// <summary>The text the contract expects: lines joined with single spaces.</summary>
    public string Text => string.Join(' ', Lines);
}
