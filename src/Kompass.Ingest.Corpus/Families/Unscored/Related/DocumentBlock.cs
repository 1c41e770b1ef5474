namespace Kompass.Ingest.Corpus.Families.Unscored.Related;

/// <summary>One piece of a related document's body: a heading, a paragraph, a list or a table.</summary>
public abstract record DocumentBlock;
