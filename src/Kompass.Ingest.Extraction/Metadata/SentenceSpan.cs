namespace Kompass.Ingest.Extraction.Metadata;

/// <summary>A sentence within a running text: its start and length, and where its verb stands.</summary>
public readonly record struct SentenceSpan(int Start, int Length, int Verb)
{
    /// <summary>The first character after the sentence.</summary>
    public int End => Start + Length;
}
