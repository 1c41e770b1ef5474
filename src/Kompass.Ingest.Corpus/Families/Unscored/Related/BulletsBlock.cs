namespace Kompass.Ingest.Corpus.Families.Unscored.Related;

/// <summary>A bullet list, or a numbered list ("1.", "2." …) when <paramref name="Numbered"/>.</summary>
public sealed record BulletsBlock(IReadOnlyList<string> Items, bool Numbered = false) : DocumentBlock;
