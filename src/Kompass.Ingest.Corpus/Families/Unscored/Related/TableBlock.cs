namespace Kompass.Ingest.Corpus.Families.Unscored.Related;

/// <summary>
/// A ruled table with a header row; the first column is text, the others are right-aligned
/// (budget figures, key ratios). <paramref name="Caption"/> is printed above it.
/// </summary>
public sealed record TableBlock(string? Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : DocumentBlock;
