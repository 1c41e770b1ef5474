namespace Kompass.Ingest.Domain.Layout;

/// <summary>
/// One page of a document in our own model: size in points, the words in content-stream order
/// (not reading order: extraction decides that from geometry), the ruling lines, and whether the
/// page carries images. <see cref="Number"/> is 1-based.
/// </summary>
public sealed record PageLayout(
    int Number,
    double Width,
    double Height,
    IReadOnlyList<Word> Words,
    IReadOnlyList<RulingLine> Lines,
    int ImageCount);
