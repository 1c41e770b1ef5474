namespace Kompass.Ingest.Corpus.Families.Unscored.Related;

/// <summary>A heading; level 1 is a chapter (or, in a slide deck, a new slide), level 2 a section.</summary>
public sealed record HeadingBlock(string Text, int Level = 1) : DocumentBlock;
