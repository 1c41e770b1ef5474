namespace Kompass.Ingest.Corpus.Families.Unscored.Related;

/// <summary>A paragraph of running text.</summary>
public sealed record ParagraphBlock(string Text) : DocumentBlock;
